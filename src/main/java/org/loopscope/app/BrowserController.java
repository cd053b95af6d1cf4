package org.loopscope.app;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.Pattern;

/** The pattern browser: a tree of the guide's chapters and their patterns, with a filter box. */
public final class BrowserController {
    private static final javafx.css.PseudoClass VIEWING_TRACE = javafx.css.PseudoClass.getPseudoClass("viewing-trace");

    @FXML private TextField patternFilter;
    @FXML private TreeView<Object> patternTree;

    private MainViewModel viewModel;
    private boolean rebuilding;

    void bind(MainViewModel model) {
        this.viewModel = model;
        patternFilter.textProperty().bindBidirectional(model.browser().filterProperty());
        patternTree.setRoot(new TreeItem<>("patterns"));
        patternTree.setCellFactory(tree -> new BrowserCell());
        model.browser().groupsProperty().addListener((obs, old, groups) -> rebuild(groups));
        patternTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding && item != null && item.getValue() instanceof Pattern p) {
                model.choosePattern(p);
            }
        });
        model.selectedPatternProperty().addListener((obs, old, p) -> select(p));
        // While a trace file is shown no pattern is selected and the list is dimmed; a click on any
        // pattern (even the one selected before) goes back to it.
        model.openedTraceProperty().addListener((obs, old, trace) -> {
            patternTree.pseudoClassStateChanged(VIEWING_TRACE, trace != null);
            if (trace != null) {
                patternTree.getSelectionModel().clearSelection();
            } else if (patternTree.getSelectionModel().getSelectedItem() == null) {
                select(model.selectedPatternProperty().get()); // closed from the menu, not by a click here
            }
        });
        rebuild(model.browser().groups());
    }

    private void rebuild(Map<Category, List<Pattern>> groups) {
        rebuilding = true;
        try {
            TreeItem<Object> root = patternTree.getRoot();
            root.getChildren().clear();
            groups.forEach((category, patterns) -> {
                TreeItem<Object> chapter = new TreeItem<>(category);
                chapter.setExpanded(true);
                patterns.forEach(p -> chapter.getChildren().add(new TreeItem<>(p)));
                root.getChildren().add(chapter);
            });
        } finally {
            rebuilding = false;
        }
        select(viewModel.selectedPatternProperty().get());
    }

    private void select(Pattern pattern) {
        if (viewModel.openedTraceProperty().get() != null) {
            return; // no pattern is selected while a trace is shown (the filter may rebuild the tree meanwhile)
        }
        for (TreeItem<Object> chapter : patternTree.getRoot().getChildren()) {
            for (TreeItem<Object> item : chapter.getChildren()) {
                if (item.getValue() == pattern) {
                    if (patternTree.getSelectionModel().getSelectedItem() != item) {
                        patternTree.getSelectionModel().select(item);
                    }
                    return;
                }
            }
        }
    }

    /**
     * Chapters as headings, patterns by their title on one line (the browser is resizable); the
     * tooltip gives the whole title and the explanation.
     */
    private static final class BrowserCell extends TreeCell<Object> {
        BrowserCell() {
            setPrefWidth(0); // fit the browser's width (ellipsis) rather than scroll sideways
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("chapter-cell", "pattern-cell");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Category c) {
                setText(c.title());
                getStyleClass().add("chapter-cell");
            } else if (item instanceof Pattern p) {
                setText(p.title());
                setTooltip(explanationTip(p));
                getStyleClass().add("pattern-cell");
            }
        }

        private static Tooltip explanationTip(Pattern p) {
            Tooltip tip = new Tooltip(p.title() + "\n\n" + p.explanation());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            return tip;
        }
    }
}

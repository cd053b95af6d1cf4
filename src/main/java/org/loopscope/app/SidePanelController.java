package org.loopscope.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.loopscope.app.CodeViewModel.CodeLine;
import org.loopscope.app.CodeViewModel.LineRange;

/** The side panel's tabs: Python and Java code, the explanation, the loop inspector, the console and the warnings. */
public final class SidePanelController {
    @FXML private TabPane sideTabs;
    @FXML private Tab codeTab;
    @FXML private Tab aboutTab;
    @FXML private Tab inspectorTab;
    @FXML private Tab logTab;
    @FXML private Tab consoleTab;
    @FXML private ListView<CodeLine> pythonCode;
    @FXML private ListView<CodeLine> javaCode;
    @FXML private SegmentedButton languageChoice;
    @FXML private ToggleButton pythonButton;
    @FXML private ToggleButton javaButton;
    @FXML private Label codeRunValues;
    @FXML private Label explanation;
    @FXML private Label noticeTitle;
    @FXML private VBox noticeList;
    @FXML private Label inspectorHeading;
    @FXML private ListView<String> readyList;
    @FXML private ListView<String> timerList;
    @FXML private ListView<String> lastRanList;
    @FXML private ListView<ConsoleLine> consoleList;
    @FXML private ListView<ConsoleLine> logList;

    void bind(MainViewModel viewModel) {
        bindCode(pythonCode, viewModel.code().python(), viewModel.code().pythonHighlightProperty());
        bindCode(javaCode, viewModel.code().java(), viewModel.code().javaHighlightProperty());
        languageChoice.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one language is always shown
            }
        });
        codeRunValues.textProperty().bind(viewModel.code().runValuesProperty());
        codeRunValues.visibleProperty().bind(viewModel.code().runValuesProperty().isNotEmpty());
        codeRunValues.managedProperty().bind(codeRunValues.visibleProperty());
        pythonCode.visibleProperty().bind(pythonButton.selectedProperty());
        javaCode.visibleProperty().bind(javaButton.selectedProperty());
        bindAbout(viewModel.about());
        InspectorViewModel inspector = viewModel.inspector();
        inspectorHeading.textProperty().bind(inspector.headingProperty());
        readyList.setItems(inspector.ready());
        timerList.setItems(inspector.timers());
        lastRanList.setItems(inspector.lastRan());
        inspector.listsVisibleProperty().bind(inspectorTab.selectedProperty());
        bindLines(consoleList, viewModel.console(), viewModel);
        bindLines(logList, viewModel.log(), viewModel);
        consoleList.setPlaceholder(new Label("What the pattern prints appears here."));
        logList.setPlaceholder(new Label("No warnings: no slow callbacks, errors or forgotten awaits."));
        logTab.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.log().isEmpty() ? "Warnings" : "Warnings (" + viewModel.log().size() + ")", viewModel.log()));
        consoleTab.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.console().isEmpty() ? "Console" : "Console (" + viewModel.console().size() + ")", viewModel.console()));
        viewModel.sideTabProperty().addListener((obs, old, name) -> showTab(name));
        showTab(viewModel.sideTabProperty().get());
    }

    /**
     * Shows a tab by name: "python" or "java" (the code tab in that language), "code", "about",
     * "inspector" (or "loop"), "console", "warnings" (or "log"); null leaves the tabs alone.
     */
    private void showTab(String name) {
        if (name == null) {
            return;
        }
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "python" -> select(codeTab, pythonButton);
            case "java" -> select(codeTab, javaButton);
            case "code" -> select(codeTab, null);
            case "about" -> select(aboutTab, null);
            case "inspector", "loop" -> select(inspectorTab, null);
            case "console" -> select(consoleTab, null);
            case "warnings", "log" -> select(logTab, null);
            default -> { } // an unknown name leaves the tabs as they are
        }
    }

    private void select(Tab tab, ToggleButton language) {
        sideTabs.getSelectionModel().select(tab);
        if (language != null) {
            language.setSelected(true);
        }
    }

    private static void bindCode(ListView<CodeLine> list, javafx.collections.ObservableList<CodeLine> lines,
                                 ObservableValue<LineRange> highlight) {
        list.setItems(lines);
        list.setCellFactory(l -> new CodeCell(highlight));
        list.setFocusTraversable(false);
        highlight.addListener((obs, old, range) -> {
            if (range.first() > 0) {
                list.scrollTo(Math.max(0, range.first() - 3));
            }
        });
    }

    /** Console and log: newest line kept in view; a click shows that lane and moment on the chart. */
    private static void bindLines(ListView<ConsoleLine> list, javafx.collections.ObservableList<ConsoleLine> lines,
                                  MainViewModel viewModel) {
        list.setItems(lines);
        list.setCellFactory(l -> {
            ConsoleCell cell = new ConsoleCell();
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && cell.getItem() != null) {
                    viewModel.focus(cell.getItem());
                }
            });
            return cell;
        });
        lines.addListener((ListChangeListener<ConsoleLine>) change -> {
            if (!lines.isEmpty()) {
                list.scrollTo(lines.size() - 1);
            }
        });
    }

    /** The About tab: a pattern's explanation and what to notice, or what is known about an opened trace. */
    private void bindAbout(AboutViewModel about) {
        explanation.textProperty().bind(about.textProperty());
        noticeTitle.textProperty().bind(about.pointsTitleProperty());
        about.points().addListener((ListChangeListener<String>) change -> showPoints(about.points()));
        showPoints(about.points());
    }

    private void showPoints(java.util.List<String> points) {
        noticeList.getChildren().clear();
        for (String point : points) {
            Label label = new Label("• " + point);
            label.setWrapText(true);
            label.getStyleClass().add("notice-point");
            noticeList.getChildren().add(label);
        }
    }
}

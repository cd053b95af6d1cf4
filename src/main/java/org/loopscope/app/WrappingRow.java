package org.loopscope.app;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A row of nodes that asks for the width of one line and wraps onto more lines only when its
 * parent gives it less: the parameter editors in large text or a narrow window. A plain
 * {@link FlowPane} asks for its wrap length instead, which either wraps early or swallows all
 * the room a row has.
 */
public final class WrappingRow extends FlowPane {
    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        double width = 0;
        int shown = 0;
        for (Node child : getManagedChildren()) {
            width += snapSizeX(child.prefWidth(-1));
            shown++;
        }
        return insets.getLeft() + width + Math.max(0, shown - 1) * snapSpaceX(getHgap()) + insets.getRight();
    }
}

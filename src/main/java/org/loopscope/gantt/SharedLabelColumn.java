package org.loopscope.gantt;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * Lines up charts stacked on one time axis (compare mode): their time axes start right of the
 * lane-label column, so charts whose lane names differ in length would put the same moment at
 * different x. Binding every chart's {@link GanttChart#labelColumnWidthProperty()} to the widest
 * {@link GanttChart#neededLabelColumnWidthProperty()} among them gives one column width; with
 * equal chart widths and a shared window, t = 1 s is then at the same x in every chart.
 */
public final class SharedLabelColumn {
    private SharedLabelColumn() {
    }

    /** Binds the charts' label column widths to the widest need among them; returns that binding. */
    public static DoubleBinding bind(GanttChart... charts) {
        ReadOnlyDoubleProperty[] needs = Arrays.stream(charts)
                .map(GanttChart::neededLabelColumnWidthProperty)
                .toArray(ReadOnlyDoubleProperty[]::new);
        DoubleBinding widest = Bindings.createDoubleBinding(
                () -> Arrays.stream(needs).mapToDouble(ReadOnlyDoubleProperty::get).max().orElse(0), needs);
        for (GanttChart chart : charts) {
            chart.labelColumnWidthProperty().bind(widest);
        }
        return widest;
    }
}

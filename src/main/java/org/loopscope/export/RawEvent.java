package org.loopscope.export;

/**
 * The fields of one trace event as parsed, reused for every event so a million events cost no
 * garbage beyond their strings. Only fields Loopscope understands are kept; others are skipped.
 */
final class RawEvent {
    String phase;
    String name;
    String category;
    String flowId;
    String bindingPoint;
    long tsNs;
    boolean hasTs;
    long durNs;
    boolean hasDur;
    int pid;
    int tid;

    // args
    String argName;
    String argKind;
    String argState;
    String argOn;
    String argDetail;
    String argText;
    int argSortIndex;
    boolean hasSortIndex;
    int argParent;
    boolean hasParent;
    long argLateNs;

    void reset() {
        phase = null;
        name = null;
        category = null;
        flowId = null;
        bindingPoint = null;
        hasTs = false;
        hasDur = false;
        tsNs = 0;
        durNs = 0;
        pid = 0;
        tid = 0;
        argName = null;
        argKind = null;
        argState = null;
        argOn = null;
        argDetail = null;
        argText = null;
        hasSortIndex = false;
        hasParent = false;
        argLateNs = 0;
    }
}

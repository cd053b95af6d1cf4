package org.loopscope.trace;

import java.util.Arrays;

/** An append-only list with one writer and readers that see every element below {@link #size()}. */
final class PublishedList<T> {
    private volatile Object[] items = new Object[64];
    private volatile int size;

    void add(T item) {
        Object[] a = items;
        int n = size;
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
            a[n] = item;
            items = a; // the new array is visible before the size that covers its last slot
        } else {
            a[n] = item;
        }
        size = n + 1;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
        int n = size;
        if (i >= n) {
            throw new IndexOutOfBoundsException(i + " >= " + n);
        }
        return (T) items[i];
    }
}

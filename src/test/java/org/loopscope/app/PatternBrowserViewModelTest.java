package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;

class PatternBrowserViewModelTest {
    private final PatternBrowserViewModel browser = new PatternBrowserViewModel(PatternRegistry.all());

    @Test
    void withoutFilterEveryPatternIsListedUnderItsChapterInGuideOrder() {
        // given: no filter
        // then: chapters follow the guide, each pattern appears exactly once
        List<Category> chapters = List.copyOf(browser.groups().keySet());
        assertThat(chapters).isSortedAccordingTo(Enum::compareTo);
        assertThat(browser.visiblePatterns()).containsExactlyInAnyOrderElementsOf(PatternRegistry.all());
        browser.groups().forEach((chapter, patterns) -> assertThat(patterns).allMatch(p -> p.category() == chapter));
    }

    @Test
    void filterKeepsMatchingPatternsAndDropsEmptyChapters() {
        // when: the teacher types a word, in any case
        browser.filterProperty().set("SEMAPHORE");
        // then: the semaphore pattern is there, everything listed mentions the word, and only chapters with a match remain
        assertThat(browser.visiblePatterns()).extracting(Pattern::id).contains("semaphore");
        assertThat(browser.visiblePatterns()).allMatch(p -> PatternBrowserViewModel.matches(p, "semaphore"));
        assertThat(browser.visiblePatterns().size()).isLessThan(PatternRegistry.all().size());
        assertThat(browser.groups().keySet()).containsExactlyElementsOf(
                browser.visiblePatterns().stream().map(Pattern::category).distinct().toList());
        assertThat(browser.groups()).allSatisfy((chapter, patterns) -> assertThat(patterns).isNotEmpty());
    }

    @Test
    void everyWordOfTheFilterMustMatch() {
        // when: two words, each found somewhere in gather's text
        browser.filterProperty().set("gather  three  once");
        assertThat(browser.visiblePatterns()).extracting(Pattern::id).contains("gather").doesNotContain("semaphore");
        // when: one word matches nothing
        browser.filterProperty().set("gather zebra");
        assertThat(browser.visiblePatterns()).isEmpty();
        assertThat(browser.groups()).isEmpty();
        // when: the filter is cleared
        browser.filterProperty().set("  ");
        assertThat(browser.visiblePatterns()).hasSize(PatternRegistry.all().size());
    }
}

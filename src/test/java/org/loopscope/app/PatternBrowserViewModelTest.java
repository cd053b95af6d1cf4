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
        // when: the teacher types part of a title
        browser.filterProperty().set("time.SLEEP");
        // then: only the blocking-call pitfall is left, under Pitfalls
        assertThat(browser.visiblePatterns()).extracting(Pattern::id).containsExactly("blocking_call");
        assertThat(browser.groups().keySet()).containsExactly(Category.PITFALLS);
    }

    @Test
    void everyWordOfTheFilterMustMatch() {
        // when: two words, each found somewhere in gather's text
        browser.filterProperty().set("gather  fetches");
        assertThat(browser.visiblePatterns()).extracting(Pattern::id).containsExactly("gather");
        // when: one word matches nothing
        browser.filterProperty().set("gather zebra");
        assertThat(browser.visiblePatterns()).isEmpty();
        assertThat(browser.groups()).isEmpty();
        // when: the filter is cleared
        browser.filterProperty().set("  ");
        assertThat(browser.visiblePatterns()).hasSize(PatternRegistry.all().size());
    }
}

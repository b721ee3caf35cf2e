use super::markup::escape;
use crate::engine::Severity;

/// One highlighted span of the draft, in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub severity: Severity,
    /// Index of the finding in the report.
    pub finding: usize,
}

/// The labelled reply field: a mirror of the text, with the flagged words marked
/// ([`mirror_content`]), sits behind the transparent textarea and scrolls with it. The
/// textarea's text is set as its value, never as markup, so the field is drawn once and
/// typing in it keeps its caret.
pub fn draft_field(mirror: &str) -> String {
    format!(
        concat!(
            r#"<div class="draft-field"><label for="draft">Reply draft</label><div class="editor">"#,
            r#"<div class="mirror" aria-hidden="true">{}</div>"#,
            r#"<textarea id="draft" spellcheck="true" placeholder="Write or paste your reply to the customer…"></textarea>"#,
            "</div></div>"
        ),
        mirror
    )
}

/// Where the mirror's runs start and end: 0, every highlight's ends that fall on a
/// character boundary, and the text's end, in order, each once. Each cut goes in place as
/// it comes, without a sort: the findings arrive sorted by start, so a cut rarely moves
/// more than a step back, and the slice sort's own code (about 2 KB of the download) stays
/// out of the wasm.
fn cut_points(text: &str, highlights: &[Highlight]) -> Vec<usize> {
    let mut cuts = vec![0];
    let bounds = highlights.iter().flat_map(|h| [h.start, h.end]);
    for cut in bounds.chain([text.len()]) {
        if cut > text.len() || !text.is_char_boundary(cut) {
            continue;
        }
        // 0 is always there and no cut is below it.
        let at = 1 + cuts.iter().rposition(|&c| c <= cut).unwrap_or(0);
        if cuts[at - 1] != cut {
            cuts.insert(at, cut);
        }
    }
    cuts
}

/// The mirror's contents: the draft split into plain runs and marked runs; where findings
/// overlap, the most severe one colours the run. Its text is transparent: with nothing to
/// mark, it need not be laid out, and is empty.
pub fn mirror_content(text: &str, highlights: &[Highlight], active: Option<usize>) -> String {
    if highlights.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(text.len() + 64 * highlights.len());
    for w in cut_points(text, highlights).windows(2) {
        let (start, end) = (w[0], w[1]);
        let piece = escape(&text[start..end]);
        let covering = highlights
            .iter()
            .filter(|h| h.start <= start && end <= h.end && h.start < h.end)
            .max_by_key(|h| h.severity);
        match covering {
            None => out += &piece,
            Some(h) => {
                let active = if Some(h.finding) == active {
                    " active"
                } else {
                    ""
                };
                out += &format!(
                    r#"<mark class="hl {}{active}">{piece}</mark>"#,
                    h.severity.as_str()
                );
            }
        }
    }
    // A trailing newline needs a character after it to take up its line in the mirror.
    out + "\u{200b}"
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_mirror_marks_the_most_severe_finding_and_escapes_the_draft() {
        let text = "<b>Sorry</b>, soon.\n";
        let at = |words: &str| text.find(words).unwrap();
        let highlights = [
            Highlight {
                start: at("Sorry"),
                end: at("</b>"),
                severity: Severity::Hint,
                finding: 0,
            },
            Highlight {
                start: at("Sorry"),
                end: at("</b>"),
                severity: Severity::Error,
                finding: 1,
            },
            Highlight {
                start: at("soon"),
                end: at("."),
                severity: Severity::Warning,
                finding: 2,
            },
        ];
        assert_eq!(
            mirror_content(text, &highlights, Some(2)),
            concat!(
                r#"&lt;b&gt;<mark class="hl error">Sorry</mark>&lt;/b&gt;, "#,
                r#"<mark class="hl warning active">soon</mark>."#,
                "\n\u{200b}"
            )
        );
        assert_eq!(mirror_content(text, &[], None), "");
    }

    proptest! {
        #[test]
        fn cut_points_are_the_sorted_distinct_boundaries_in_any_order_of_highlights(
            // Spans past the end and inside multi-byte characters included.
            spans in prop::collection::vec((0usize..40, 0usize..9), 0..30)
        ) {
            let text = "Sorry 😀 we can't — é̃ ok";
            let highlights: Vec<Highlight> = spans
                .iter()
                .enumerate()
                .map(|(finding, &(start, len))| Highlight {
                    start,
                    end: start + len,
                    severity: Severity::Warning,
                    finding,
                })
                .collect();
            let mut expected: Vec<usize> = highlights
                .iter()
                .flat_map(|h| [h.start, h.end])
                .chain([0, text.len()])
                .filter(|&b| b <= text.len() && text.is_char_boundary(b))
                .collect();
            expected.sort_unstable();
            expected.dedup();
            prop_assert_eq!(cut_points(text, &highlights), expected);
        }
    }
}

use crate::engine::Severity;
use std::rc::Rc;
use yew::prelude::*;

/// One highlighted span of the draft, in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub severity: Severity,
    /// Index of the finding in the report.
    pub finding: usize,
}

pub struct DraftFieldProps {
    pub value: Rc<str>,
    pub highlights: Rc<Vec<Highlight>>,
    /// The finding whose highlight is emphasised.
    pub active: Option<usize>,
    /// A UTF-16 range to select (after a rewrite, or when a finding is chosen).
    pub select: Option<(u32, u32)>,
    /// Called with the field's whole text after every edit.
    pub on_edit: Callback<String>,
    /// Called once `select` has been applied.
    pub on_selected: Callback<()>,
    /// Called with the caret's UTF-16 offset when the agent clicks or moves in the text.
    pub on_caret: Callback<u32>,
}

/// The labelled reply field with its findings highlighted: a mirror of the text sits behind
/// the transparent textarea, with the flagged words marked, and scrolls with it.
///
/// A hook of the page's, not a component: each component type carries its own copy of
/// yew's lifecycle code, and the page drew this one anew on every render anyway (its
/// callbacks are new each time).
#[hook]
pub fn use_draft_field(props: DraftFieldProps) -> Html {
    let field = use_node_ref();
    let mirror = use_node_ref();

    {
        // Select what was asked (a placeholder to type over, or a finding's words).
        let field = field.clone();
        let on_selected = props.on_selected.clone();
        use_effect_with(props.select, move |select| {
            if let (Some((start, end)), Some(el)) =
                (select, field.cast::<web_sys::HtmlTextAreaElement>())
            {
                let _ = el.focus();
                let _ = el.set_selection_range(*start, *end);
                on_selected.emit(());
            }
        });
    }

    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(el.value());
        })
    };
    let sync_scroll = {
        let mirror = mirror.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(mirror) = mirror.cast::<web_sys::Element>() {
                mirror.set_scroll_top(el.scroll_top());
                mirror.set_scroll_left(el.scroll_left());
            }
        })
    };
    let report_caret = {
        let on_caret = props.on_caret.clone();
        move |el: web_sys::HtmlTextAreaElement| {
            if let Ok(Some(caret)) = el.selection_start() {
                on_caret.emit(caret);
            }
        }
    };
    let on_click = {
        let report_caret = report_caret.clone();
        Callback::from(move |e: MouseEvent| report_caret(e.target_unchecked_into()))
    };
    let on_keyup = Callback::from(move |e: KeyboardEvent| {
        if e.key().starts_with("Arrow") || e.key() == "Home" || e.key() == "End" {
            report_caret(e.target_unchecked_into());
        }
    });

    html! {
        <div class="draft-field">
            <label for="draft">{ "Reply draft" }</label>
            <div class="editor">
                <div class="mirror" ref={mirror} aria-hidden="true">
                    // Its text is transparent: with nothing to mark, it need not be laid out.
                    if !props.highlights.is_empty() {
                        { mirror_content(&props.value, &props.highlights, props.active) }
                    }
                </div>
                <textarea
                    id="draft"
                    ref={field}
                    spellcheck="true"
                    placeholder="Write or paste your reply to the customer…"
                    value={props.value.to_string()}
                    oninput={on_input}
                    onscroll={sync_scroll}
                    onclick={on_click}
                    onkeyup={on_keyup}
                />
            </div>
        </div>
    }
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

/// The draft split into plain runs and marked runs; where findings overlap, the most
/// severe one colours the run.
fn mirror_content(text: &str, highlights: &[Highlight], active: Option<usize>) -> Html {
    let cuts = cut_points(text, highlights);
    let runs = cuts.windows(2).map(|w| {
        let (start, end) = (w[0], w[1]);
        let piece = &text[start..end];
        let covering = highlights
            .iter()
            .filter(|h| h.start <= start && end <= h.end && h.start < h.end)
            .max_by_key(|h| h.severity);
        match covering {
            None => html! { { piece } },
            Some(h) => {
                let class = classes!(
                    "hl",
                    h.severity.as_str(),
                    (Some(h.finding) == active).then_some("active")
                );
                html! { <mark {class}>{ piece }</mark> }
            }
        }
    });
    // A trailing newline needs a character after it to take up its line in the mirror.
    html! { <>{ for runs }{ "\u{200b}" }</> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

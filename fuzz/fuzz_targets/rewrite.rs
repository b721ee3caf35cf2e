//! Rewrites on any text: each rewrite a check offers applies and changes only its own range,
//! and its UTF-16 range, spliced into the text's code units as the JS API's `applyRewrite`
//! does, gives the same text. Ranges a caller may send after the text changed (past the end,
//! reversed, inside a char) are refused by `apply`, never a panic or a corrupted text, and
//! the UTF-16 -> byte index the site maps carets with always lands on a char boundary.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::engine::text::Utf16Index;
use tactful::engine::{self, Edit, Units};
use tactful_fuzz::{house_style, utf16_len, Input};

/// Whether a UTF-16 offset falls between two chars of the text (not past its end, not
/// between the two halves of a surrogate pair).
fn is_utf16_boundary(text16: &[u16], offset: usize) -> bool {
    offset == text16.len()
        || text16
            .get(offset)
            .is_some_and(|unit| !(0xDC00..=0xDFFF).contains(unit))
}

/// `apply`, with the text outside the edited range checked to come back unchanged; a range
/// that does not lie on char boundaries inside the text is refused.
fn apply_checked(text: &str, edit: &Edit) -> Option<String> {
    let fits = edit.start <= edit.end
        && edit.end <= text.len()
        && text.is_char_boundary(edit.start)
        && text.is_char_boundary(edit.end);
    let Ok(after) = engine::apply(text, edit) else {
        assert!(!fits, "{}..{} refused", edit.start, edit.end);
        return None;
    };
    assert!(fits, "{}..{} applied", edit.start, edit.end);
    let kept_after = text.len() - edit.end;
    assert_eq!(
        after[..edit.start],
        text[..edit.start],
        "text before the edit"
    );
    assert_eq!(
        after[after.len() - kept_after..],
        text[edit.end..],
        "text after the edit"
    );
    assert_eq!(
        after[edit.start..after.len() - kept_after],
        edit.replacement,
        "the replacement"
    );
    Some(after)
}

/// The UTF-16 -> byte index: every offset maps to a char boundary at or before it, and
/// exactly onto one when the offset lies between two chars.
fn assert_index_sound(text: &str, text16: &[u16], index: &Utf16Index, offset: usize) {
    let byte = index.to_byte(offset);
    assert!(
        text.is_char_boundary(byte),
        "UTF-16 {offset} gives byte {byte}, off a char boundary"
    );
    let back = index.to_utf16(byte);
    assert!(back <= offset, "UTF-16 {offset} rounds up to {back}");
    assert_eq!(
        back == offset,
        is_utf16_boundary(text16, offset),
        "UTF-16 {offset} (byte {byte}) of a text of {} code units",
        text16.len()
    );
}

fuzz_target!(|data: &[u8]| {
    let Input {
        draft,
        customer,
        mut rest,
    } = Input::split(data);
    let config = house_style(&mut rest, &draft);
    let report = engine::check(&draft, customer.as_deref(), &config);
    let draft16: Vec<u16> = draft.encode_utf16().collect();
    let index = Utf16Index::new(&draft);

    // The index agrees with counting at every char boundary.
    let mut utf16 = 0;
    for (byte, ch) in draft.char_indices().chain([(draft.len(), '\0')]) {
        assert_eq!(index.to_utf16(byte), utf16, "byte {byte}");
        assert_eq!(index.to_byte(utf16), byte, "UTF-16 {utf16}");
        utf16 += ch.len_utf16();
    }

    let out = report.output(&draft, Units::Utf16, false);
    for (finding, finding16) in report.findings.iter().zip(&out.findings) {
        for (rewrite, rewrite16) in finding.rewrites.iter().zip(&finding16.rewrites) {
            let edit = &rewrite.edit;
            let after = apply_checked(&draft, edit).unwrap_or_else(|| {
                panic!(
                    "{} rewrite {:?} does not apply",
                    finding.check, rewrite.label
                )
            });
            let (start16, end16) = (rewrite16.edit.start, rewrite16.edit.end);
            assert_eq!(
                (start16, end16),
                (utf16_len(&draft, edit.start), utf16_len(&draft, edit.end))
            );
            assert!(is_utf16_boundary(&draft16, start16) && is_utf16_boundary(&draft16, end16));
            let mut spliced = draft16[..start16].to_vec();
            spliced.extend(edit.replacement.encode_utf16());
            spliced.extend(&draft16[end16..]);
            assert_eq!(
                after.encode_utf16().collect::<Vec<_>>(),
                spliced,
                "{} rewrite {:?} spliced in UTF-16",
                finding.check,
                rewrite.label
            );
        }
    }

    // Ranges and carets from a caller whose text changed since it was checked.
    for _ in 0..16 {
        if rest.is_empty() {
            break;
        }
        let mut offset = |len: usize| {
            if rest.ratio(1, 8).unwrap_or(false) {
                rest.arbitrary::<u32>().unwrap_or(0) as usize
            } else {
                rest.int_in_range(0..=len + 2).unwrap_or(0)
            }
        };
        let (start, end, caret) = (
            offset(draft.len()),
            offset(draft.len()),
            offset(draft16.len()),
        );
        let replacement: String = rest.arbitrary().unwrap_or_default();
        apply_checked(
            &draft,
            &Edit {
                start,
                end,
                replacement,
            },
        );
        assert_index_sound(&draft, &draft16, &index, caret);
    }
});

//! The "Shortcuts" button and the keyboard shortcuts it lists.

/// The keyboard shortcuts, as (keys, what they do). The App's key handler implements them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Alt + ↓", "Next finding (selects its words in the draft)"),
    ("Alt + ↑", "Previous finding"),
    (
        "Alt + Enter",
        "Apply the first rewrite of the selected finding",
    ),
    (
        "Ctrl/⌘ + Z",
        "Undo the last rewrite (right after applying it)",
    ),
    ("Esc", "Close this help or the settings"),
];

/// The contents of the page's `.help`: a "Shortcuts" button (`data-command="help"`) and,
/// while `open`, the list it opens.
pub fn help_popover(open: bool) -> String {
    let mut out = format!(
        r#"<button type="button" aria-expanded="{open}" aria-controls="shortcuts" data-command="help">Shortcuts</button>"#
    );
    if open {
        out += r#"<div id="shortcuts" class="popover" role="dialog" aria-label="Keyboard shortcuts"><h2>Keyboard shortcuts</h2><dl>"#;
        for (keys, what) in SHORTCUTS {
            out += &format!("<dt><kbd>{keys}</kbd></dt><dd>{what}</dd>");
        }
        out += "</dl></div>";
    }
    out
}

//! Cutting a check's doc comment into its sections ("## What it catches", "## Example", ...):
//! shared by `build.rs`, which writes each section as a string of its own, and by the test
//! that holds those strings to the comment as rustc reads it.

/// The text under `## heading`, up to the next heading, with each line's doc-comment space
/// removed and lines joined.
pub fn section(docs: &str, heading: &str) -> String {
    section_slice(docs, heading)
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

pub fn section_slice<'a>(docs: &'a str, heading: &str) -> &'a str {
    let marker = format!("## {heading}\n");
    let Some(at) = docs.find(&marker) else {
        return "";
    };
    let body = &docs[at + marker.len()..];
    let end = body.find("\n ##").map_or(body.len(), |i| i + 1);
    body[..end].trim()
}

/// The contents of the first fenced block, or the whole section when it has none.
pub fn code_block(section: &str) -> String {
    let mut lines = section.lines();
    if !lines.any(|l| l.trim_start().starts_with("```")) {
        return section.to_string();
    }
    lines
        .take_while(|l| !l.trim_start().starts_with("```"))
        .collect::<Vec<_>>()
        .join("\n")
}

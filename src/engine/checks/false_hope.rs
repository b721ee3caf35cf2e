use super::{Context, Flag};

declare_check! {
    /// ## What it catches
    /// TODO
    ///
    /// ## Why it matters
    /// TODO
    ///
    /// ## Example
    /// ```text
    /// TODO
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// TODO
    /// ```
    FALSE_HOPE, "false-hope", Warning, run
}

fn run(_cx: &Context) -> Vec<Flag> {
    Vec::new()
}

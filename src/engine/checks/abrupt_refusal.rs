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
    ABRUPT_REFUSAL, "abrupt-refusal", Warning, run
}

fn run(_cx: &Context) -> Vec<Flag> {
    Vec::new()
}

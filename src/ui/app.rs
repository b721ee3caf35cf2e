use super::draft_field::DraftField;
use super::findings_list::FindingsList;
use super::state::{Action, AppState};
use super::summary_bar::SummaryBar;
use yew::prelude::*;

/// The standalone site: the draft on the left, what tactful found on the right.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let on_edit = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::EditDraft(text)))
    };
    let on_apply = {
        let state = state.clone();
        Callback::from(move |(finding, rewrite): (usize, usize)| {
            state.dispatch(Action::Apply { finding, rewrite })
        })
    };
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Undo))
    };
    html! {
        <div class="page">
            <header class="masthead">
                <h1>{ "tactful" }</h1>
                <p class="tagline">{ "Checks your reply before the customer reads it. Nothing leaves this page." }</p>
            </header>
            <main class="workspace">
                <section class="compose">
                    <DraftField value={state.draft.clone()} on_edit={on_edit} />
                    <div class="compose-actions">
                        <button type="button" onclick={on_undo} disabled={state.undo.is_empty()}>
                            { "Undo" }
                        </button>
                    </div>
                </section>
                <section class="review" aria-label="Review">
                    <SummaryBar summary={state.report.summary} />
                    <FindingsList report={state.report.clone()} draft={state.draft.clone()} on_apply={on_apply} />
                </section>
            </main>
        </div>
    }
}

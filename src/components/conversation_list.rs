//! The conversations of one step, and the way to start one.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::use_school_year;
use crate::model::{ConversationKind, ConversationStatus, WorkspaceStoreFields, format_date};
use crate::routes::{conversation_path, report_path};
use crate::state::use_app_state;

/// The conversations of one step, with an institution or (for steps 2 and 3) the
/// library's own, and buttons to start a new one of each kind the step has.
#[component]
pub fn ConversationList(institution_id: Option<String>, step: u8) -> impl IntoView {
    let state = use_app_state();
    let owner = institution_id.clone();
    let chosen = use_school_year();
    // (id, text, held, of the chosen year) of each conversation, latest first.
    let all = Memo::new(move |_| {
        let year = chosen.year.get();
        state.workspace.conversations().with(|conversations| {
            let mut rows = conversations
                .iter()
                .filter(|c| c.institution_id == owner && c.kind.step() == step)
                .map(|c| {
                    let when = if c.date.is_empty() {
                        "zonder datum".into()
                    } else {
                        format_date(&c.date)
                    };
                    let text = format!("{} · {when} · {}", c.kind.label(), c.status.label());
                    let this_year = year.is_none() || c.year() == year;
                    (
                        c.id.clone(),
                        text,
                        c.status == ConversationStatus::Held,
                        this_year,
                        c.date.clone(),
                    )
                })
                .collect::<Vec<_>>();
            rows.sort_by(|a, b| b.4.cmp(&a.4));
            rows
        })
    });
    let part = move |this_year: bool| {
        all.with(|rows| {
            rows.iter()
                .filter(|r| r.3 == this_year)
                .map(|r| (r.0.clone(), r.1.clone(), r.2))
                .collect::<Vec<_>>()
        })
    };
    let rows = Memo::new(move |_| part(true));
    let others = Memo::new(move |_| part(false));
    let year_label = move || chosen.year.get().map(|y| y.label()).unwrap_or_default();
    let kinds = ConversationKind::ALL
        .into_iter()
        .filter(|k| k.step() == step && k.is_library() == institution_id.is_none());
    let error = RwSignal::new(None::<String>);
    let buttons = kinds
        .map(|kind| {
            let owner = institution_id.clone();
            let navigate = use_navigate();
            let start = move |_| match state.add_conversation(kind, owner.as_deref()) {
                Ok(id) => navigate(&conversation_path(&id), Default::default()),
                Err(e) => error.set(Some(e.0)),
            };
            view! {
                <button type="button" class="button button--secondary" on:click=start>
                    {format!("Nieuw: {}", kind.label())}
                </button>
            }
        })
        .collect_view();
    let heading = format!("gesprekken-{step}");
    view! {
        <section class="card" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>"Gesprekken"</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="hint">{format!("Geen gesprekken bij deze stap in {}.", year_label())}</p> }
            >
                <ConversationLinks rows/>
            </Show>
            <Show when=move || others.with(|r| !r.is_empty())>
                <details class="other-years">
                    <summary>{move || format!("Andere schooljaren ({})", others.with(Vec::len))}</summary>
                    <ConversationLinks rows=others/>
                </details>
            </Show>
            <div class="button-row">{buttons}</div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// Links to conversations, with the report of those held.
#[component]
fn ConversationLinks(rows: Memo<Vec<(String, String, bool)>>) -> impl IntoView {
    view! {
        <ul class="link-list">
            <For each=move || rows.get() key=|row| row.clone() let:((id, text, held))>
                <li>
                    <a href=conversation_path(&id)>{text}</a>
                    {held.then(|| view! { " · " <a href=report_path(&id)>"verslag"</a> })}
                </li>
            </For>
        </ul>
    }
}

//! The conversations of one step, and the way to start one.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::model::{ConversationKind, ConversationStatus, WorkspaceStoreFields, format_date};
use crate::routes::{conversation_path, report_path};
use crate::state::use_app_state;

/// The conversations of one step, with an institution or (for steps 2 and 3) the
/// library's own, and buttons to start a new one of each kind the step has.
#[component]
pub fn ConversationList(institution_id: Option<String>, step: u8) -> impl IntoView {
    let state = use_app_state();
    let owner = institution_id.clone();
    let rows = Memo::new(move |_| {
        state.workspace.conversations().with(|conversations| {
            conversations
                .iter()
                .filter(|c| c.institution_id == owner && c.kind.step() == step)
                .map(|c| {
                    let when = if c.date.is_empty() {
                        "zonder datum".into()
                    } else {
                        format_date(&c.date)
                    };
                    let text = format!("{} · {when} · {}", c.kind.label(), c.status.label());
                    (c.id.clone(), text, c.status == ConversationStatus::Held)
                })
                .collect::<Vec<_>>()
        })
    });
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
                fallback=|| view! { <p class="hint">"Nog geen gesprekken bij deze stap."</p> }
            >
                <ul class="link-list">
                    <For each=move || rows.get() key=|row| row.clone() let:((id, text, held))>
                        <li>
                            <a href=conversation_path(&id)>{text}</a>
                            {held.then(|| view! { " · " <a href=report_path(&id)>"verslag"</a> })}
                        </li>
                    </For>
                </ul>
            </Show>
            <div class="button-row">{buttons}</div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

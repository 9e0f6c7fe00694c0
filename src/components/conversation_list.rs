use leptos::prelude::*;

use super::{dynamic, memo};

use crate::model::{ConversationKind, ConversationStatus, format_date};
use crate::routes::{conversation_path, report_path};
use crate::state::{use_app_state, use_navigator};

/// The conversations of one step, with an institution or (for steps 2 and 3) the
/// library's own, and buttons to start a new one of each kind the step has.
#[component]
pub fn ConversationList(institution_id: Option<String>, step: u8) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let owner = institution_id.clone();
    let rows = memo(move || {
        state.workspace.with(|w| {
            w.conversations
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
            let start = move |_| match state.add_conversation(kind, owner.as_deref()) {
                Ok(id) => navigator.go(&conversation_path(&id)),
                Err(e) => error.set(Some(e.0)),
            };
            view! {
                <button type="button" class="button button--secondary" on:click=start>
                    {format!("Nieuw: {}", kind.label())}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby=format!("gesprekken-{step}")>
            <h2 id=format!("gesprekken-{step}")>"Gesprekken"</h2>
            {dynamic(move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="hint">"Nog geen gesprekken bij deze stap."</p> }.into_any();
                }
                let items = rows
                    .into_iter()
                    .map(|(id, text, held)| {
                        view! {
                            <li>
                                <a href=conversation_path(&id)>{text}</a>
                                {held.then(|| view! { " · " <a href=report_path(&id)>"verslag"</a> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="link-list">{items}</ul> }.into_any()
            })}
            <div class="button-row">{buttons}</div>
            <p class="field-error" role="alert">{dynamic(move || error.get())}</p>
        </section>
    }
}

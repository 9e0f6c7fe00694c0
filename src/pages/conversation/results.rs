//! What the library's own conversations produce (steps 2 and 3): who was across the table,
//! the management's decision and the plan, the municipality's financing.

use leptos::prelude::*;
use reactive_stores::Field;

use super::text;
use crate::components::{OnValue, TextArea, TextField};
use crate::content::{FUNDING_SOURCES, PLAN_PARTS};
use crate::model::{
    Conversation, ConversationField, ConversationKind, ConversationStoreFields, Counterpart,
    Decision, Funding,
};
use crate::state::{AppState, use_app_state};

/// Writes a text of a part of the conversation (its counterpart, its funding).
fn edit_part<T: Clone + Send + Sync + 'static>(
    state: AppState,
    id: &str,
    field: ConversationField,
    part: fn(&mut Conversation) -> &mut T,
    set: fn(&mut T, String),
) -> OnValue {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.edit_conversation(&id, field, |c| {
            set(part(c), value);
            Ok(())
        })
    })
}

fn counterpart(c: &mut Conversation) -> &mut Counterpart {
    &mut c.counterpart
}

fn funding(c: &mut Conversation) -> &mut Funding {
    &mut c.funding
}

/// The results the guide asks of step 2 (a decision and a plan) or step 3 (financing),
/// and the counterpart of both.
#[component]
pub(super) fn LibraryResults(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let kind = current.kind().try_get_untracked().unwrap_or_default();
    let who = current.counterpart();
    let (role_hint, organisation_hint) = match kind {
        ConversationKind::Municipality => (
            "bijv. wethouder onderwijs, beleidsmedewerker",
            "bijv. Gemeente Rivierenland",
        ),
        _ => ("bijv. directeur, manager", "de eigen bibliotheek"),
    };
    view! {
        <section class="card" aria-labelledby="resultaat-gesprek-kop">
            <h2 id="resultaat-gesprek-kop">"Resultaat van het gesprek"</h2>
            <fieldset class="counterpart">
                <legend>"Gesprekspartner"</legend>
                <div class="form-grid">
                    <TextField
                        label="Naam"
                        value=text(move || who.try_with(|c| c.name.clone()))
                        on_value=edit_part(state, &id, ConversationField::Counterpart, counterpart, |c, v| c.name = v)
                    />
                    <TextField
                        label="Functie"
                        placeholder=role_hint
                        value=text(move || who.try_with(|c| c.role.clone()))
                        on_value=edit_part(state, &id, ConversationField::Counterpart, counterpart, |c, v| c.role = v)
                    />
                    <TextField
                        label="Organisatie"
                        placeholder=organisation_hint
                        value=text(move || who.try_with(|c| c.organisation.clone()))
                        on_value=edit_part(state, &id, ConversationField::Counterpart, counterpart, |c, v| c.organisation = v)
                    />
                </div>
            </fieldset>
            {match kind {
                ConversationKind::Management => view! { <DecisionAndPlan id=id.clone() current/> }.into_any(),
                ConversationKind::Municipality => view! { <Financing id=id.clone() current/> }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

/// Step 2: the go-ahead, and the plan with its six parts.
#[component]
fn DecisionAndPlan(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let decision_id = id.clone();
    let set_decision = Callback::new(move |decision: Decision| {
        state.show_refusal(state.edit_conversation(
            &decision_id,
            ConversationField::Decision,
            |c| {
                c.decision = decision;
                Ok(())
            },
        ));
    });
    let plan = current.plan();
    let parts = PLAN_PARTS
        .iter()
        .map(|part| {
            let plan_id = id.clone();
            let on_value = Callback::new(move |value: String| {
                state.edit_conversation(&plan_id, ConversationField::Plan, |c| {
                    if value.trim().is_empty() {
                        c.plan.remove(part.id);
                    } else {
                        c.plan.insert(part.id.to_string(), value);
                    }
                    Ok(())
                })
            });
            view! {
                <div class="plan-part">
                    <TextArea
                        label=format!("{}: {}", part.marker, part.text)
                        value=text(move || plan.try_with(|p| p.get(part.id).cloned()).flatten())
                        on_value
                        rows=2
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="status-picker">
            <legend>"Besluit van de directie"</legend>
            {Decision::ALL
                .into_iter()
                .map(|decision| view! {
                    <label class="status-option">
                        <input
                            type="radio"
                            name="besluit-directie"
                            prop:checked=move || current.decision().try_get() == Some(decision)
                            on:change=move |_| set_decision.run(decision)
                        />
                        <span>{decision.label()}</span>
                    </label>
                })
                .collect_view()}
        </fieldset>
        <h3>"Het plan"</h3>
        <p class="hint">"In het plan staan onder meer doelen, middelen, eisen, menskracht, resultaten en kosten verwoord (stap 2)."</p>
        {parts}
    }
}

/// Step 3: the municipal sources of money discussed, another source, the budget.
#[component]
fn Financing(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let money = current.funding();
    let sources = FUNDING_SOURCES
        .iter()
        .map(|source| {
            let source_id = id.clone();
            view! {
                <label class="checkbox">
                    <input
                        type="checkbox"
                        prop:checked=move || money.try_with(|f| f.sources.contains(source.id)).unwrap_or_default()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.show_refusal(state.edit_conversation(&source_id, ConversationField::Funding, |c| {
                                if on {
                                    c.funding.sources.insert(source.id.to_string());
                                } else {
                                    c.funding.sources.remove(source.id);
                                }
                                Ok(())
                            }));
                        }
                    />
                    <span>{source.text}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="funding">
            <legend>"Financiering: besproken bronnen"</legend>
            <p class="hint">"Middelen kunnen vanuit verschillende gemeentelijke beleidsterreinen komen (stap 3)."</p>
            {sources}
        </fieldset>
        <div class="form-grid">
            <TextField
                label="Andere bron"
                value=text(move || money.try_with(|f| f.other.clone()))
                on_value=edit_part(state, &id, ConversationField::Funding, funding, |f, v| f.other = v)
            />
            <TextField
                label="Begroting (bedrag en periode)"
                placeholder="bijv. € 12.000 voor 2027"
                value=text(move || money.try_with(|f| f.budget.clone()))
                on_value=edit_part(state, &id, ConversationField::Funding, funding, |f, v| f.budget = v)
            />
        </div>
    }
}

//! Step 7 for one institution: the guide's indicators a–e, a note, and the decision.

use leptos::either::Either;
use leptos::prelude::*;

use reactive_stores::Field;

use super::{text, write};
use crate::components::{GuideText, TextArea, TextField};
use crate::content::step;
use crate::model::Institution;
use crate::model::{
    InstitutionField, InstitutionStoreFields, SelectionDecision, SelectionStoreFields,
};
use crate::state::use_app_state;

#[component]
pub fn SelectionPanel(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let Some(guide) = step(7) else {
        return Either::Left(());
    };
    let selection = current.selection();
    let indicators = guide.questions().collect::<Vec<_>>();
    let total = indicators.len();
    let count = move || {
        selection
            .indicators()
            .try_with(|held| held.len())
            .unwrap_or_default()
    };
    let checklist = indicators
        .into_iter()
        .map(|indicator| {
            let id = id.clone();
            let held = move || {
                selection
                    .indicators()
                    .try_with(|held| held.contains(indicator.id))
                    .unwrap_or_default()
            };
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.show_refusal(
                    state.edit_institution(&id, InstitutionField::Selection, |i| {
                        if on {
                            i.selection.indicators.insert(indicator.id.to_string());
                        } else {
                            i.selection.indicators.remove(indicator.id);
                        }
                        Ok(())
                    }),
                );
            };
            view! {
                <li>
                    <label class="check-item">
                        <input type="checkbox" prop:checked=held on:change=toggle/>
                        <span>
                            <span class="marker">{format!("{}. ", indicator.marker)}</span>
                            {indicator.text}
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let decision_id = id.clone();
    let decide = Callback::new(move |decision: SelectionDecision| {
        state.show_refusal(state.edit_institution(
            &decision_id,
            InstitutionField::Selection,
            |i| {
                i.selection.decision = decision;
                Ok(())
            },
        ));
    });
    Either::Right(view! {
        <div class="panel-columns">
            <div>
                <section class="card" aria-labelledby="indicatoren-kop">
                    <h2 id="indicatoren-kop">"Stap 7 · Selectie"</h2>
                    <p>{guide.question_lists.first().map(|l| l.title)} ":"</p>
                    <ul class="checklist">{checklist}</ul>
                    <p class="summary-line" role="status">
                        <strong>{count}</strong>
                        {format!(" van {total} indicatoren zijn van toepassing")}
                    </p>
                    <TextArea
                        label="Notitie bij de selectie"
                        value=text(move || selection.note().try_get())
                        on_value=write(state, &id, InstitutionField::Selection, |i, v| i.selection.note = v)
                    />
                </section>
                <section class="card" aria-labelledby="besluit-kop">
                    <h2 id="besluit-kop">"Besluit"</h2>
                    <fieldset class="status-picker">
                        <legend>"Deze instelling is"</legend>
                        {SelectionDecision::ALL
                            .iter()
                            .map(|d| {
                                let d = *d;
                                view! {
                                    <label class="status-option">
                                        <input
                                            type="radio"
                                            name="besluit"
                                            prop:checked=move || selection.decision().try_get() == Some(d)
                                            on:change=move |_| decide.run(d)
                                        />
                                        <span>{d.label()}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <TextField
                        label="Reden"
                        placeholder="Waarom wel of niet gekozen?"
                        value=text(move || selection.reason().try_get())
                        on_value=write(state, &id, InstitutionField::Selection, |i, v| i.selection.reason = v)
                    />
                </section>
            </div>
            <aside class="panel-aside" aria-label="Tips bij stap 7">
                {guide
                    .tips
                    .iter()
                    .map(|tip| view! { <div class="tip" role="note"><h2>"Tip!"</h2><GuideText text=*tip/></div> })
                    .collect_view()}
            </aside>
        </div>
    })
}

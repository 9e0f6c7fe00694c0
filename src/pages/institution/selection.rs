//! Step 7 for one institution: the guide's indicators a–e, a note, and the decision.

use leptos::prelude::*;

use super::Current;
use super::details::{read, write};
use crate::components::{GuideText, TextArea, TextField, dynamic, live};
use crate::content::step;
use crate::model::SelectionDecision;
use crate::state::use_app_state;

#[component]
pub fn SelectionPanel(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let Some(guide) = step(7) else {
        return ().into_any();
    };
    let indicators = guide.questions().collect::<Vec<_>>();
    let total = indicators.len();
    let count = move || current.with(|i| i.as_ref().map_or(0, |i| i.indicator_count()));
    let checklist = indicators
        .into_iter()
        .map(|indicator| {
            let id = id.clone();
            let held = live(move || {
                current.with(|i| {
                    i.as_ref()
                        .is_some_and(|i| i.selection.indicators.contains(indicator.id))
                })
            });
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.tell(state.update_institution(&id, |i| {
                    if on {
                        i.selection.indicators.insert(indicator.id.to_string());
                    } else {
                        i.selection.indicators.remove(indicator.id);
                    }
                    Ok(())
                }));
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
        state.tell(state.update_institution(&decision_id, |i| {
            i.selection.decision = decision;
            Ok(())
        }));
    });
    view! {
        <div class="panel-columns">
            <div>
                <section class="card" aria-labelledby="indicatoren-kop">
                    <h2 id="indicatoren-kop">"Stap 7 · Selectie"</h2>
                    <p>{guide.question_lists.first().map(|l| l.title)} ":"</p>
                    <ul class="checklist">{checklist}</ul>
                    <p class="summary-line" role="status">
                        <strong>{dynamic(count)}</strong>
                        {format!(" van {total} indicatoren zijn van toepassing")}
                    </p>
                    <TextArea
                        label="Notitie bij de selectie"
                        value=read(current, |i| i.selection.note.clone())
                        on_value=write(state, &id, |i, v| i.selection.note = v)
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
                                            prop:checked=live(move || current.with(|i| i.as_ref().is_some_and(|i| i.selection.decision == d)))
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
                        value=read(current, |i| i.selection.reason.clone())
                        on_value=write(state, &id, |i, v| i.selection.reason = v)
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
    }
    .into_any()
}

//! Steps 8–12 for one institution, with the extras the guide asks for at steps 9, 10 and 12.

use leptos::prelude::*;

use super::Current;
use super::planning::PlanningPanel;
use crate::components::{
    ConfirmButton, ConversationList, GuideText, KeyedRows, ProgressForm, TextArea, TextField,
    WorkState, derived, dynamic, live, memo,
};
use crate::content::{Step, step};
use crate::model::{Evaluation, StartOutcome, StepField};
use crate::routes::{institution_path, step_path};
use crate::state::{new_id, use_app_state, use_navigator};

#[component]
pub fn StepPanel(id: String, number: u8, current: Current) -> impl IntoView {
    let state = use_app_state();
    let Some(guide) = step(number) else {
        return ().into_any();
    };
    let step_id = guide.id;
    let progress =
        derived(move || current.with(|i| i.as_ref().map(|i| i.step(step_id)).unwrap_or_default()));
    let institution = id.clone();
    let work: WorkState = std::sync::Arc::new(move || {
        super::step_state(state, &institution, number).unwrap_or_default()
    });
    let institution = id.clone();
    let on_change = Callback::new(move |field: StepField| {
        state.apply_institution_step(&institution, step_id, field)
    });
    let extra = match number {
        9 => view! {
            <ConversationList institution_id=Some(id.clone()) step=9/>
            <StartOutcomePanel id=id.clone() current/>
        }
        .into_any(),
        10 => view! {
            <ConversationList institution_id=Some(id.clone()) step=10/>
            <AgreementsPanel id=id.clone() current/>
        }
        .into_any(),
        11 => view! { <PlanningPanel id=id.clone() current/> }.into_any(),
        12 => view! { <EvaluationsPanel id=id.clone() current/> }.into_any(),
        _ => ().into_any(),
    };
    view! {
        <h2>{format!("Stap {}. {}", guide.number, guide.title)}</h2>
        <ProgressForm progress on_change work=work label="Voortgang bij deze instelling"/>
        {extra}
        <GuideSummary guide/>
    }
    .into_any()
}

/// The guide's text for the step, one tap away.
#[component]
fn GuideSummary(guide: &'static Step) -> impl IntoView {
    view! {
        <details class="card guide-summary">
            <summary>{format!("Wat zegt de handreiking over stap {}?", guide.number)}</summary>
            <p><span class="label">"Door: "</span>{guide.door}</p>
            <h3>"Doel"</h3>
            <GuideText text=guide.doel/>
            <h3>"Resultaat"</h3>
            <GuideText text=guide.resultaat/>
            {(!guide.extra.is_empty()).then(|| view! { <h3>"Extra"</h3><GuideText text=guide.extra/> })}
            {guide.tips.iter().map(|tip| view! { <div class="tip" role="note"><h3>"Tip!"</h3><GuideText text=*tip/></div> }).collect_view()}
            <p><a href=step_path(guide.number)>{format!("Stap {} helemaal lezen", guide.number)}</a></p>
        </details>
    }
}

/// Step 9's outcome; "geen overeenstemming" leads back to step 7, as the guide says.
#[component]
fn StartOutcomePanel(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let outcome =
        memo(move || current.with(|i| i.as_ref().map(|i| i.start_outcome).unwrap_or_default()));
    let set_id = id.clone();
    let set = Callback::new(move |value: StartOutcome| {
        state.tell(state.update_institution(&set_id, |i| {
            i.start_outcome = value;
            Ok(())
        }));
    });
    let back_id = id.clone();
    let back_to_selection = Callback::new(move |_| {
        state.tell(state.update_institution(&back_id, |i| {
            i.return_to_selection("Geen overeenstemming in het startgesprek (stap 9).");
            Ok(())
        }));
        navigator.go(&institution_path(&back_id, Some(7)));
    });
    view! {
        <section class="card" aria-labelledby="uitkomst-kop">
            <h2 id="uitkomst-kop">"Uitkomst van het startgesprek"</h2>
            <fieldset class="status-picker">
                <legend>"De instelling"</legend>
                {[StartOutcome::GoesAhead, StartOutcome::NoAgreement]
                    .into_iter()
                    .map(|value| {
                        view! {
                            <label class="status-option">
                                <input
                                    type="radio"
                                    name="uitkomst"
                                    prop:checked=live(move || outcome.get() == value)
                                    on:change=move |_| set.run(value)
                                />
                                <span>{value.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {dynamic(move || (outcome.get() == StartOutcome::NoAgreement).then(|| view! {
                <p>
                    "Is er geen (kans op) overeenstemming, kies dan een andere school/voorschoolse instelling "
                    "om met dit thema aan de slag te gaan (zie stap 7). Wat u bij deze instelling hebt vastgelegd, blijft bewaard."
                </p>
                <ConfirmButton
                    label="Terug naar stap 7"
                    question="Deze instelling op ‘niet gekozen’ zetten en terug naar de selectie (stap 7)? Er wordt niets gewist."
                    confirm_label="Ja, terug naar stap 7"
                    on_confirm=back_to_selection
                />
            }))}
        </section>
    }
}

/// Step 10's four agreement questions, each with an answer.
#[component]
fn AgreementsPanel(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let Some(list) = step(10).and_then(|s| s.question_lists.first()) else {
        return ().into_any();
    };
    view! {
        <section class="card" aria-labelledby="afspraken-kop">
            <h2 id="afspraken-kop">"Werkafspraken"</h2>
            <p>{list.title} ":"</p>
            {list
                .questions
                .iter()
                .map(|question| {
                    let value = derived(move || {
                        current.with(|i| i.as_ref().and_then(|i| i.agreements.get(question.id).cloned()).unwrap_or_default())
                    });
                    let id = id.clone();
                    let on_value = Callback::new(move |answer: String| {
                        state.update_institution(&id, |i| {
                            i.agreements.insert(question.id.to_string(), answer);
                            Ok(())
                        })
                    });
                    view! { <TextArea label=question.text value on_value rows=3/> }
                })
                .collect_view()}
        </section>
    }
    .into_any()
}

/// Step 12's evaluation moments (the guide: twice a year with leescoördinator and director).
#[component]
fn EvaluationsPanel(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let ids = memo(move || {
        current.with(|i| {
            i.as_ref()
                .map(|i| {
                    i.evaluations
                        .iter()
                        .map(|e| e.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add_id = id.clone();
    let add = move |_| {
        let evaluation = Evaluation {
            id: new_id("evaluatie"),
            ..Default::default()
        };
        state.tell(state.update_institution(&add_id, |i| {
            i.evaluations.push(evaluation);
            Ok(())
        }));
    };
    view! {
        <section class="card" aria-labelledby="evaluaties-kop">
            <h2 id="evaluaties-kop">"Evaluatiemomenten"</h2>
            <p class="hint">
                "Twee maal per jaar overlegt de onderwijsspecialist met de leescoördinator en de directeur/manager over het verloop van de activiteiten."
            </p>
            <ol class="evaluation-list">
                <KeyedRows ids row=Callback::new(move |evaluation| view! { <EvaluationRow institution=id.clone() evaluation current/> }.into_any())/>
            </ol>
            <button type="button" class="button button--secondary" on:click=add>"Evaluatiemoment toevoegen"</button>
        </section>
    }
}

#[component]
fn EvaluationRow(institution: String, evaluation: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let field = {
        let evaluation = evaluation.clone();
        move |get: fn(&Evaluation) -> String| {
            let evaluation = evaluation.clone();
            derived(move || {
                current.with(|i| {
                    i.as_ref()
                        .and_then(|i| i.evaluations.iter().find(|e| e.id == evaluation))
                        .map(get)
                        .unwrap_or_default()
                })
            })
        }
    };
    let edit = {
        let (institution, evaluation) = (institution.clone(), evaluation.clone());
        move |set: fn(&mut Evaluation, String)| {
            let (institution, evaluation) = (institution.clone(), evaluation.clone());
            Callback::new(move |value: String| {
                state.update_institution(&institution, |i| {
                    if let Some(e) = i.evaluations.iter_mut().find(|e| e.id == evaluation) {
                        set(e, value);
                    }
                    Ok(())
                })
            })
        }
    };
    let remove = Callback::new(move |_| {
        state.tell(state.update_institution(&institution, |i| {
            i.evaluations.retain(|e| e.id != evaluation);
            Ok(())
        }));
    });
    view! {
        <li class="card card--inner">
            <div class="form-grid">
                <TextField label="Datum" kind="date" value=field(|e| e.date.clone()) on_value=edit(|e, v| e.date = v)/>
                <TextField
                    label="Volgende evaluatie"
                    kind="date"
                    value=field(|e| e.next_date.clone())
                    on_value=edit(|e, v| e.next_date = v)
                />
            </div>
            <TextArea label="Wat ging goed" value=field(|e| e.went_well.clone()) on_value=edit(|e, v| e.went_well = v) rows=3/>
            <TextArea label="Wat verandert er" value=field(|e| e.changes.clone()) on_value=edit(|e, v| e.changes = v) rows=3/>
            <ConfirmButton
                label="Evaluatiemoment verwijderen"
                question="Dit evaluatiemoment verwijderen?"
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </li>
    }
}

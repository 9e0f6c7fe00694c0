//! Steps 8–12 for one institution, with the extras the guide asks for at steps 9, 10 and 12.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::evaluations::EvaluationsPanel;
use super::planning::PlanningPanel;
use reactive_stores::Field;

use super::{step_state, text};
use crate::components::{ConfirmButton, ConversationList, GuideText, ProgressForm, TextArea};
use crate::content::{Step, step};
use crate::model::Institution;
use crate::model::{
    InstitutionField, InstitutionStoreFields, StartOutcome, StepField, progress_of,
};
use crate::routes::{institution_path, step_path};
use crate::state::use_app_state;

#[component]
pub fn StepPanel(id: String, number: u8, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let Some(guide) = step(number) else {
        return ().into_any();
    };
    let step_id = guide.id;
    let progress = Signal::derive(move || {
        current
            .steps()
            .try_with(|steps| progress_of(steps, step_id))
            .unwrap_or_default()
    });
    let work = step_state(id.clone(), number);
    let institution = id.clone();
    let on_change = Callback::new(move |field: StepField| {
        state.edit_institution_step(&institution, step_id, field)
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
        11 => view! { <PlanningPanel id=id.clone()/> }.into_any(),
        12 => view! { <EvaluationsPanel id=id.clone() current/> }.into_any(),
        _ => ().into_any(),
    };
    view! {
        <h2>{format!("Stap {}. {}", guide.number, guide.title)}</h2>
        <ProgressForm progress on_change work label="Voortgang bij deze instelling"/>
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
            <p class="link-line"><a href=step_path(guide.number)>{format!("Stap {} helemaal lezen", guide.number)}</a></p>
        </details>
    }
}

/// Step 9's outcome; "geen overeenstemming" leads back to step 7, as the guide says.
#[component]
fn StartOutcomePanel(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let outcome = move || current.start_outcome().try_get().unwrap_or_default();
    let set_id = id.clone();
    let set = Callback::new(move |value: StartOutcome| {
        state.show_refusal(
            state.edit_institution(&set_id, InstitutionField::StartOutcome, |i| {
                i.start_outcome = value;
                Ok(())
            }),
        );
    });
    let back_id = id.clone();
    let back_to_selection = Callback::new(move |_| {
        state.show_refusal(
            state.edit_institution(&back_id, InstitutionField::Selection, |i| {
                i.return_to_selection("Geen overeenstemming in het startgesprek (stap 9).");
                Ok(())
            }),
        );
        navigate(&institution_path(&back_id, Some(7)), Default::default());
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
                                    prop:checked=move || outcome() == value
                                    on:change=move |_| set.run(value)
                                />
                                <span>{value.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Show when=move || outcome() == StartOutcome::NoAgreement>
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
            </Show>
        </section>
    }
}

/// Step 10's four agreement questions, each with an answer.
#[component]
fn AgreementsPanel(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let Some(list) = step(10).and_then(|s| s.question_lists.first()) else {
        return ().into_any();
    };
    // Carried over by *Nieuw schooljaar starten*: to look at again with the school.
    let to_review = move || {
        current
            .try_with(|i| {
                i.agreements_to_review()
                    .map(|from| (from.to_string(), i.school_year.trim().to_string()))
            })
            .flatten()
    };
    let reviewed_id = id.clone();
    let reviewed = move |_| {
        state.show_refusal(state.edit_institution(
            &reviewed_id,
            InstitutionField::AgreementsFrom,
            |i| {
                i.agreements_from.clear();
                Ok(())
            },
        ));
    };
    view! {
        <section class="card" aria-labelledby="afspraken-kop">
            <h2 id="afspraken-kop">"Werkafspraken"</h2>
            {move || to_review().map(|(from, now)| view! {
                <div class="closed-year" role="note">
                    <p>{format!("Deze werkafspraken komen uit {from}. Bekijk ze met de school voor {now} en pas aan wat verandert; de afspraken van {from} blijven bewaard in de Schoolrapportage van dat jaar.")}</p>
                    <button type="button" class="button button--secondary" on:click=reviewed.clone()>
                        {format!("Bekeken: ze gelden voor {now}")}
                    </button>
                </div>
            })}
            <p>{list.title} ":"</p>
            {list
                .questions
                .iter()
                .map(|question| {
                    let value = text(move || {
                        current
                            .agreements()
                            .try_with(|a| a.get(question.id).cloned())
                            .flatten()
                    });
                    let id = id.clone();
                    let on_value = Callback::new(move |answer: String| {
                        state.edit_institution(&id, InstitutionField::Agreements, |i| {
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

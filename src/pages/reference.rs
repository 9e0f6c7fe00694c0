//! Naslag: the guide's background to read — the introduction, Bijlagen 1–4 as text, Bijlage 5
//! (the conversation guide) and Bijlagen 6/7 (the planning form with its example).

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::GuideText;
use crate::content::{
    BIJLAGE_5, PLANNING_COLUMNS, PLANNING_EXAMPLES, PLANNING_INTRO, REFERENCE_PAGES, ReferencePage,
};
use crate::model::WorkspaceStoreFields;
use crate::pages::NotFoundPage;
use crate::pages::team::{AddMyself, CompetenceChecklist};
use crate::routes::{Section, reference_path};
use crate::state::use_app_state;

#[component]
pub fn ReferenceIndexPage() -> impl IntoView {
    let pages = REFERENCE_PAGES
        .iter()
        .map(|p| (reference_path(p.id), p.title.to_string()));
    let more = [
        (
            reference_path("bijlage-5"),
            format!("Bijlage 5. {}", BIJLAGE_5.title),
        ),
        (
            reference_path("bijlage-6"),
            "Bijlagen 6 en 7. Planningsformulier".to_string(),
        ),
        (
            Section::Assessment.path().to_string(),
            "Bijlage 8. Activiteitenoverzicht ouderpartnerschap en voorlezen (Projectbeoordeling)"
                .to_string(),
        ),
    ];
    view! {
        <Title text="Naslag"/>
        <article class="page">
            <h1>"Naslag"</h1>
            <p class="lead">"De achtergrond uit de handreiking ‘Ouderpartnerschap en lezen’."</p>
            <ul class="link-list reference-list">
                {pages
                    .chain(more)
                    .map(|(href, title)| view! { <li><a href=href>{title}</a></li> })
                    .collect_view()}
            </ul>
        </article>
    }
}

/// A reference page of the guide (`/naslag/:bijlage`).
#[component]
pub fn ReferenceDocPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("bijlage").unwrap_or_default()));
    move || match id.get().as_str() {
        "bijlage-5" => view! { <ConversationGuideDoc/> }.into_any(),
        "bijlage-6" => view! { <PlanningDoc/> }.into_any(),
        id => match REFERENCE_PAGES.iter().find(|p| p.id == id) {
            Some(page) => view! { <TextDoc page/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        },
    }
}

#[component]
fn TextDoc(page: &'static ReferencePage) -> impl IntoView {
    view! {
        <Title text=page.title/>
        <article class="page reference-page">
            <p class="eyebrow"><a href="/naslag">"Naslag"</a></p>
            <h1>{page.title}</h1>
            {page
                .sections
                .iter()
                .map(|section| {
                    view! {
                        <section id=section.id>
                            <h2>{section.title}</h2>
                            <GuideText text=section.body/>
                            {(section.id == "bijlage-1-competenties").then(|| view! { <SelfAssessment/> })}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}

/// The competences of Bijlage 1 as the device user's checklist: step 6 ends when every
/// leesconsulent meets them. Each person's own is on their page in the team.
#[component]
fn SelfAssessment() -> impl IntoView {
    let state = use_app_state();
    let user = Memo::new(move |_| {
        state.workspace.people().track();
        state.workspace.library().track();
        state
            .workspace
            .with_untracked(|w| w.user().map(|p| p.id.clone()))
    });
    move || match user.get() {
        Some(person_id) => Either::Left(view! {
            <p class="hint">
                "Vink aan welke competenties u beheerst. Die van uw collega’s staan op hun pagina bij "
                <a href=Section::Team.path()>"Team"</a>"."
            </p>
            <CompetenceChecklist person_id/>
        }),
        None => Either::Right(view! {
            <p class="hint">
                "Elke leesconsulent vult dit profiel in op de eigen pagina bij "
                <a href=Section::Team.path()>"Team"</a>
                ". Staat u zelf in het team (met uw naam bij Gegevens), dan vult u het uwe ook hier in."
            </p>
            <AddMyself/>
        }),
    }
}

#[component]
fn ConversationGuideDoc() -> impl IntoView {
    view! {
        <Title text="Bijlage 5"/>
        <article class="page reference-page">
            <p class="eyebrow"><a href="/naslag">"Naslag"</a></p>
            <h1>{format!("Bijlage 5. {}", BIJLAGE_5.title)}</h1>
            <GuideText text=BIJLAGE_5.intro/>
            <p class="hint">"Een gesprek met deze leidraad houdt u bij stap 9 of 10 van een instelling."</p>
            <h2>"Voorbereiding op het gesprek"</h2>
            <ul>{BIJLAGE_5.preparation.iter().map(|q| view! { <li>{q.text}</li> }).collect_view()}</ul>
            <h2>"Toelichting op het gesprek"</h2>
            {BIJLAGE_5.explanation.iter().map(|e| view! { <h3>{e.title}</h3><GuideText text=e.body/> }).collect_view()}
            {BIJLAGE_5
                .parts
                .iter()
                .map(|part| {
                    view! {
                        <h2>{part.title}</h2>
                        <ul class="question-list">
                            {part
                                .questions
                                .iter()
                                .map(|q| {
                                    view! {
                                        <li>
                                            {(!q.marker.is_empty()).then(|| view! { <span class="marker">{format!("{}) ", q.marker)}</span> })}
                                            {q.text}
                                            {(!q.sub_questions.is_empty()).then(|| view! {
                                                <ul>{q.sub_questions.iter().map(|s| view! { <li>{s.text}</li> }).collect_view()}</ul>
                                            })}
                                            {(!q.remark.is_empty()).then(|| view! { <div class="hint"><GuideText text=q.remark/></div> })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </article>
    }
}

#[component]
fn PlanningDoc() -> impl IntoView {
    view! {
        <Title text="Bijlagen 6 en 7"/>
        <article class="page page--wide reference-page">
            <p class="eyebrow"><a href="/naslag">"Naslag"</a></p>
            <h1>"Bijlagen 6 en 7. Planningsformulier"</h1>
            <GuideText text=PLANNING_INTRO/>
            <p class="hint">"Het planningsformulier van een instelling vult u bij stap 11 van die instelling; het voorbeeld hieronder kunt u daar invoegen."</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Voorbeeld van een ingevuld planningsformulier">
                <table class="reference-table">
                    <thead>
                        <tr>{PLANNING_COLUMNS.iter().map(|c| view! { <th scope="col">{c.title}<br/><span class="hint">{c.prompt}</span></th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {PLANNING_EXAMPLES
                            .iter()
                            .map(|e| {
                                view! {
                                    <tr>
                                        {[e.activity, e.goal, e.action_points, e.planning, e.who, e.organisation, e.evaluation]
                                            .into_iter()
                                            .map(|cell| view! { <td>{cell}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </article>
    }
}

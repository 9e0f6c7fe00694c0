//! A held conversation read back as a tidy report, to print on A4.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::use_query_value;
use crate::components::{PrintButton, RecordsLoaded};
use crate::content::{BIJLAGE_5, FUNDING_SOURCES, PLAN_PARTS};
use crate::model::{Conversation, ConversationKind, Decision, format_date, guide_sections};
use crate::routes::conversation_path;
use crate::state::use_app_state;

/// The conversation named by `?id=`, as its report.
#[component]
pub fn ConversationReportPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    // What the report shows, read when it opens (a report is read, not edited).
    let found = move || {
        let id = id.get()?;
        state.workspace.with_untracked(|w| {
            let conversation = w.conversation(&id)?.clone();
            let institution = match &conversation.institution_id {
                Some(i) => w.institution(i).map(|i| i.name.clone()).unwrap_or_default(),
                None => counterpart(&conversation, w.display_name()),
            };
            Some((conversation, institution, w.display_name().to_string()))
        })
    };
    view! {
        <RecordsLoaded>
            {move || match found() {
                Some((conversation, institution, library)) => {
                    Either::Left(view! { <Report conversation institution library/> })
                }
                None => Either::Right(view! {
                    <Title text="Gesprek niet gevonden"/>
                    <article class="page">
                        <h1>"Gesprek niet gevonden"</h1>
                        <p>"Dit gesprek bestaat niet (meer) in uw gegevens."</p>
                    </article>
                }),
            }}
        </RecordsLoaded>
    }
}

#[component]
fn Report(conversation: Conversation, institution: String, library: String) -> impl IntoView {
    let sections = guide_sections(conversation.kind, conversation.parties);
    let or_dash = |text: String| {
        if text.trim().is_empty() {
            "—".to_string()
        } else {
            text
        }
    };
    let present = or_dash(conversation.present.join(", "));
    let date = or_dash(format_date(&conversation.date));
    let held_by = or_dash(conversation.held_by.clone());
    let prepared = prepared_items(&conversation);
    let at_table = match (conversation.parties.school, conversation.parties.preschool) {
        (true, true) => "school en voorschoolse instelling",
        (true, false) => "school",
        _ => "voorschoolse instelling",
    };
    let parties = conversation.kind.uses_parties().then_some(at_table);
    let agreements = conversation.agreement_items();
    view! {
        <Title text=format!("Verslag: {}", conversation.kind.label())/>
        <article class="page report">
            <p class="eyebrow no-print">
                <a href=conversation_path(&conversation.id)>"Terug naar het gesprek"</a>
            </p>
            <h1>{format!("Verslag: {}", conversation.kind.label())}</h1>
            <dl class="report-meta">
                <dt>"Bibliotheek"</dt><dd>{library}</dd>
                <dt>"Gehouden door"</dt><dd>{held_by}</dd>
                <dt>"Met"</dt><dd>{institution}</dd>
                <dt>"Datum"</dt><dd>{date}</dd>
                <dt>"Status"</dt><dd>{conversation.status.label()}</dd>
                <dt>"Aanwezig"</dt><dd>{present}</dd>
                {parties.map(|p| view! { <dt>"Aan tafel"</dt><dd>{p}</dd> })}
            </dl>
            <PrintButton extra="no-print"/>
            {(!prepared.is_empty()).then(|| view! {
                <section class="report-part">
                    <h2>"Voorbereiding"</h2>
                    <ul class="report-preparation">
                        {prepared
                            .into_iter()
                            .map(|(item, note)| view! { <li><strong>{item}</strong>{note}</li> })
                            .collect_view()}
                    </ul>
                </section>
            })}
            {sections
                .into_iter()
                .map(|section| {
                    view! {
                        <section class="report-part">
                            <h2>{section.title}</h2>
                            {section
                                .questions
                                .into_iter()
                                .map(|q| {
                                    let answer = conversation.answer(q.id);
                                    let notes = if answer.notes.trim().is_empty() {
                                        if answer.discussed { "Besproken, geen notities." } else { "Niet besproken." }.to_string()
                                    } else {
                                        answer.notes
                                    };
                                    view! {
                                        <div class="report-question">
                                            <h3>
                                                {(!q.marker.is_empty()).then(|| format!("{}) ", q.marker))}
                                                {q.text}
                                            </h3>
                                            <p class="report-notes">{notes}</p>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            {(conversation.kind == ConversationKind::Management).then(|| plan_view(&conversation))}
            {(conversation.kind == ConversationKind::Municipality).then(|| funding_view(&conversation))}
            <section class="report-part">
                <h2>"Afspraken"</h2>
                {if agreements.is_empty() {
                    view! { <p>"Geen afspraken vastgelegd."</p> }.into_any()
                } else {
                    view! { <ul>{agreements.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        </article>
    }
}

/// Who sat across the table at the library's own conversation: the counterpart typed in, or
/// else the management of the user's own library (step 2); the municipality is never the
/// library itself (step 3).
fn counterpart(conversation: &Conversation, library: &str) -> String {
    let typed = conversation.counterpart.describe();
    match conversation.kind {
        _ if !typed.is_empty() => typed,
        ConversationKind::Management => format!("directie van {library}"),
        _ => "de gemeente (gesprekspartner niet ingevuld)".to_string(),
    }
}

/// Step 2's result: the management's decision and the plan's six parts.
fn plan_view(conversation: &Conversation) -> impl IntoView + use<> {
    let decision = conversation.decision;
    let parts = PLAN_PARTS
        .iter()
        .map(|part| {
            let typed = conversation.plan_part(part.id);
            let shown = if typed.trim().is_empty() {
                "Niet ingevuld.".to_string()
            } else {
                typed
            };
            view! { <dt>{part.marker}</dt><dd class="report-notes">{shown}</dd> }
        })
        .collect_view();
    view! {
        <section class="report-part">
            <h2>"Besluit en plan"</h2>
            <p><strong>"Besluit van de directie: "</strong>{decision.label()}</p>
            {(decision == Decision::Declined).then(|| view! { <p>"Zonder steun van de directie is er geen vervolg mogelijk (stap 2)."</p> })}
            <dl class="report-plan">{parts}</dl>
        </section>
    }
}

/// Step 3's result: the municipal sources discussed and the budget.
fn funding_view(conversation: &Conversation) -> impl IntoView + use<> {
    let funding = &conversation.funding;
    let mut sources: Vec<String> = FUNDING_SOURCES
        .iter()
        .filter(|s| funding.sources.contains(s.id))
        .map(|s| s.text.to_string())
        .collect();
    if !funding.other.trim().is_empty() {
        sources.push(funding.other.trim().to_string());
    }
    let budget = match funding.budget.trim() {
        "" => "Niet ingevuld.".to_string(),
        budget => budget.to_string(),
    };
    view! {
        <section class="report-part">
            <h2>"Financiering"</h2>
            <h3>"Besproken bronnen"</h3>
            {if sources.is_empty() {
                view! { <p>"Geen bronnen vastgelegd."</p> }.into_any()
            } else {
                view! { <ul>{sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
            }}
            <h3>"Begroting"</h3>
            <p>{budget}</p>
        </section>
    }
}

/// The preparation checklist items looked up or noted, with what was found.
fn prepared_items(conversation: &Conversation) -> Vec<(&'static str, String)> {
    BIJLAGE_5
        .preparation
        .iter()
        .filter_map(|item| {
            let p = conversation.preparation.get(item.id)?;
            let note = p.note.trim();
            // The item is often a question, so what was found goes on its own line below it
            // (`.report-preparation strong` is a block); the space keeps copied text apart.
            (p.done || !note.is_empty()).then(|| (item.text, format!(" {note}")))
        })
        .collect()
}

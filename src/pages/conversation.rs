//! Holding a conversation with the guide's questions: notes per question, saved as typed.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use reactive_stores::Field;

use crate::components::use_query_value;
use crate::components::{
    ConfirmButton, GuideText, OnValue, PrivacyNote, RecordsLoaded, TextArea, TextField,
};
use crate::content::{BIJLAGE_2, BIJLAGE_5, GuideQuestion};
use crate::model::{
    Conversation, ConversationField, ConversationKind, ConversationStatus, ConversationStoreFields,
    GuideSection, InvalidInput, WorkspaceStoreFields, guide_sections, question_ids,
};
use crate::routes::{institution_path, report_path, step_path};
use crate::state::{AppState, use_app_state};

mod results;

/// The conversation named by `?id=`, to hold.
#[component]
pub fn ConversationPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let conversations = state.workspace.conversations();
    let shown = Memo::new(move |_| {
        let id = id.get()?;
        conversations
            .with(|all| all.iter().any(|c| c.id == id))
            .then_some(id)
    });
    view! {
        <RecordsLoaded>
            {move || match shown.get() {
                Some(id) => Either::Left(view! { <ConversationView id/> }),
                None => Either::Right(view! {
                    <Title text="Gesprek niet gevonden"/>
                    <article class="page">
                        <h1>"Gesprek niet gevonden"</h1>
                        <p>"Dit gesprek bestaat niet (meer) in uw gegevens. Misschien is het verwijderd."</p>
                        <p class="link-line"><a href="/instellingen">"Naar de instellingen"</a></p>
                    </article>
                }),
            }}
        </RecordsLoaded>
    }
}

/// Where the conversation belongs: its institution's step tab, or the library's step page,
/// with the name to show for it.
pub(super) fn back_link(state: AppState, conversation: &Conversation) -> (String, String) {
    match &conversation.institution_id {
        Some(id) => {
            let name = state
                .workspace
                .institutions()
                .with_untracked(|all| all.iter().find(|i| i.id == *id).map(|i| i.name.clone()))
                .unwrap_or_default();
            (institution_path(id, Some(conversation.kind.step())), name)
        }
        None => (
            step_path(conversation.kind.step()),
            format!("Stap {}", conversation.kind.step()),
        ),
    }
}

/// Writes a field's new value into the conversation, by the model's rules.
fn edit(
    state: AppState,
    id: &str,
    field: ConversationField,
    set: fn(&mut Conversation, String),
) -> OnValue {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.edit_conversation(&id, field, |c| {
            set(c, value);
            Ok(())
        })
    })
}

/// A text of the conversation as a field shows it; empty once it is gone.
fn text(read: impl Fn() -> Option<String> + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(move || read().unwrap_or_default())
}

#[component]
fn ConversationView(id: String) -> impl IntoView {
    let state = use_app_state();
    let current: Field<Conversation> = state.workspace.conversations().at_key(id.clone()).into();
    let Some(start) = current.try_get_untracked() else {
        return ().into_any();
    };
    let kind = start.kind;
    let (back_href, back_label) = back_link(state, &start);
    let parties = Memo::new(move |_| current.parties().try_get().unwrap_or_default());
    let sections = Memo::new(move |_| guide_sections(kind, parties.get()));
    let question_id = id.clone();
    let leaving = id.clone();
    on_cleanup(move || {
        // After the page is gone, so that no view of it hears of the removal.
        queue_microtask(move || state.discard_untouched_conversation(&leaving));
    });
    view! {
        <Title text=kind.label()/>
        <article class="page conversation-page">
            <p class="eyebrow">
                <a href=back_href>{back_label.clone()}</a>
                " › Gesprek"
            </p>
            <h1>{kind.label()}</h1>
            {(!back_label.is_empty() && start.institution_id.is_some()).then(|| view! { <p class="lead">{back_label}</p> })}
            <Meta id=id.clone() current/>
            <Progress current sections/>
            {kind.uses_parties().then(|| view! { <Preparation id=id.clone() current/> })}
            {(kind == ConversationKind::ParentWishes).then(|| view! { <FiveConditions/> })}
            <PrivacyNote/>
            <For each=move || sections.get() key=|section| section.id let:section>
                <section class="guide-part" aria-label=section.title>
                    <h2>{section.title}</h2>
                    {section
                        .questions
                        .into_iter()
                        .map(|question| view! { <QuestionCard id=question_id.clone() question current/> })
                        .collect_view()}
                </section>
            </For>
            {kind.is_library().then(|| view! { <results::LibraryResults id=id.clone() current/> })}
            <Agreements id=id.clone() current/>
            <Footer id current/>
        </article>
    }
    .into_any()
}

/// Date, status, who was present and (for Bijlage 5) which parties are at the table.
#[component]
fn Meta(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let kind = current.kind().try_get_untracked().unwrap_or_default();
    let status_id = id.clone();
    let set_status = Callback::new(move |status: ConversationStatus| {
        state.show_refusal(
            state.edit_conversation(&status_id, ConversationField::Status, |c| {
                c.status = status;
                Ok(())
            }),
        );
    });
    let party_error = RwSignal::new(None::<String>);
    let party_id = id.clone();
    let set_party = Callback::new(move |(school, on): (bool, bool)| {
        let result = state.edit_conversation(&party_id, ConversationField::Parties, |c| {
            if school {
                c.parties.school = on;
            } else {
                c.parties.preschool = on;
            }
            Ok(())
        });
        party_error.set(result.err().map(|e| e.0));
    });
    let party = move |label: &'static str, school: bool| {
        view! {
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || {
                        current
                            .parties()
                            .try_get()
                            .is_some_and(|p| if school { p.school } else { p.preschool })
                    }
                    on:change=move |ev| set_party.run((school, event_target_checked(&ev)))
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <section class="card" aria-label="Gegevens van het gesprek">
            <div class="form-grid">
                <TextField
                    label="Datum"
                    kind="date"
                    value=text(move || current.date().try_get())
                    on_value=edit(state, &id, ConversationField::Date, |c, v| c.date = v)
                />
                <TextField
                    label="Gehouden door"
                    value=text(move || current.held_by().try_get())
                    on_value=edit(state, &id, ConversationField::HeldBy, |c, v| c.held_by = v)
                />
                <fieldset class="status-picker">
                    <legend>"Status"</legend>
                    {[ConversationStatus::Prepared, ConversationStatus::Held]
                        .into_iter()
                        .map(|status| {
                            view! {
                                <label class="status-option">
                                    <input
                                        type="radio"
                                        name="gespreksstatus"
                                        prop:checked=move || current.status().try_get() == Some(status)
                                        on:change=move |_| set_status.run(status)
                                    />
                                    <span>{status.label()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </div>
            {kind.uses_parties().then(|| view! {
                <fieldset class="parties">
                    <legend>"Aan tafel"</legend>
                    <p class="hint">{BIJLAGE_5.intro.first().map(|_| "De leidraad past zich aan als de school of de voorschoolse instelling er niet bij is.")}</p>
                    {party("De school", true)}
                    {party("De voorschoolse instelling", false)}
                    <p class="field-error" role="alert">{move || party_error.get()}</p>
                </fieldset>
            })}
            <Present id current/>
        </section>
    }
}

/// Who was present: picked from the institution's contacts or typed.
#[component]
fn Present(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let names = Memo::new(move |_| current.present().try_get().unwrap_or_default());
    let institutions = state.workspace.institutions();
    // The institution's contacts not yet at the table.
    let contacts = Memo::new(move |_| {
        let institution = current.institution_id().try_get().flatten();
        let present = names.get();
        institutions.with(|all| {
            all.iter()
                .find(|i| Some(&i.id) == institution.as_ref())
                .map(|i| {
                    i.contacts
                        .iter()
                        .filter(|c| !c.name.trim().is_empty())
                        .map(|c| format!("{} ({})", c.name.trim(), c.role.label()))
                        .filter(|label| !present.contains(label))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let typed = RwSignal::new(String::new());
    let add_id = id.clone();
    let add = Callback::new(move |name: String| {
        let name = name.trim().to_string();
        if name.is_empty() {
            return;
        }
        state.show_refusal(
            state.edit_conversation(&add_id, ConversationField::Present, |c| {
                if !c.present.contains(&name) {
                    c.present.push(name);
                }
                Ok(())
            }),
        );
        typed.set(String::new());
    });
    let remove_id = id.clone();
    let remove = Callback::new(move |name: String| {
        state.show_refusal(
            state.edit_conversation(&remove_id, ConversationField::Present, |c| {
                c.present.retain(|n| *n != name);
                Ok(())
            }),
        );
    });
    view! {
        <fieldset class="present">
            <legend>"Aanwezig"</legend>
            <ul class="chips">
                <For each=move || names.get() key=|name| name.clone() let:name>
                    <li class="chip">
                        <span>{name.clone()}</span>
                        <button
                            type="button"
                            class="chip__remove"
                            aria-label=format!("{name} verwijderen")
                            on:click=move |_| remove.run(name.clone())
                        >
                            "×"
                        </button>
                    </li>
                </For>
            </ul>
            <Show when=move || !contacts.with(Vec::is_empty)>
                <label class="field">
                    <span class="field__label">"Contactpersoon toevoegen"</span>
                    <select on:change=move |ev| {
                        add.run(event_target_value(&ev));
                        event_target::<web_sys::HtmlSelectElement>(&ev).set_value("");
                    }>
                        <option value="">"Kies een contactpersoon"</option>
                        <For each=move || contacts.get() key=|c| c.clone() let:contact>
                            <option value=contact.clone()>{contact.clone()}</option>
                        </For>
                    </select>
                </label>
            </Show>
            <div class="inline-form">
                <label class="field">
                    <span class="field__label">"Naam (en rol) typen"</span>
                    <input
                        type="text"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add.run(typed.get_untracked());
                            }
                        }
                    />
                </label>
                <button type="button" class="button button--secondary" on:click=move |_| add.run(typed.get_untracked())>
                    "Toevoegen"
                </button>
            </div>
        </fieldset>
    }
}

/// "7 van 16 besproken", and a button per question to jump to it.
#[component]
fn Progress(current: Field<Conversation>, sections: Memo<Vec<GuideSection>>) -> impl IntoView {
    let answers = current.answers();
    let counts = move || {
        let ids = sections.with(|s| question_ids(s));
        let discussed = answers
            .try_with(|a| {
                ids.iter()
                    .filter(|id| a.get(**id).is_some_and(|a| a.discussed))
                    .count()
            })
            .unwrap_or_default();
        (discussed, ids.len())
    };
    let jump = |target: &'static str| {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
        {
            element.scroll_into_view();
        }
    };
    view! {
        <nav class="conversation-progress" aria-label="Voortgang van het gesprek">
            <p role="status">
                <strong>{move || counts().0}</strong>
                {move || format!(" van {} vragen besproken", counts().1)}
            </p>
            <ol class="jump-list">
                <For
                    each=move || {
                        sections.with(|s| {
                            s.iter().flat_map(|s| s.questions.iter().map(|q| q.id)).enumerate().collect::<Vec<_>>()
                        })
                    }
                    key=|question| *question
                    let:((n, id))
                >
                    <li>
                        <button
                            type="button"
                            class="jump"
                            class:jump--done=move || answers.try_with(|a| a.get(id).is_some_and(|a| a.discussed)).unwrap_or_default()
                            aria-label=format!("Naar vraag {}", n + 1)
                            on:click=move |_| jump(id)
                        >
                            {n + 1}
                        </button>
                    </li>
                </For>
            </ol>
        </nav>
    }
}

/// Bijlage 5's preparation checklist and explanation.
#[component]
fn Preparation(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let items = BIJLAGE_5
        .preparation
        .iter()
        .map(|item| {
            let done_id = id.clone();
            let note_id = id.clone();
            let preparation = current.preparation();
            let done = move || {
                preparation
                    .try_with(|p| p.get(item.id).is_some_and(|p| p.done))
                    .unwrap_or_default()
            };
            let note = text(move || {
                preparation
                    .try_with(|p| p.get(item.id).map(|p| p.note.clone()))
                    .flatten()
            });
            let on_note = Callback::new(move |value: String| {
                state.edit_conversation(&note_id, ConversationField::Preparation, |c| {
                    c.preparation.entry(item.id.to_string()).or_default().note = value;
                    Ok(())
                })
            });
            view! {
                <li class="prep-item">
                    <label class="check-item">
                        <input
                            type="checkbox"
                            prop:checked=done
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.show_refusal(state.edit_conversation(&done_id, ConversationField::Preparation, |c| {
                                    c.preparation.entry(item.id.to_string()).or_default().done = on;
                                    Ok(())
                                }));
                            }
                        />
                        <span>{item.text}</span>
                    </label>
                    <TextField
                        label="Gevonden"
                        accessible_name=format!("Gevonden bij: {}", item.text)
                        value=note
                        on_value=on_note
                    />
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="card">
            <summary>"Voorbereiding op het gesprek"</summary>
            <GuideText text=BIJLAGE_5.intro/>
            <PrivacyNote/>
            <ul class="checklist">{items}</ul>
        </details>
        <details class="card">
            // Its own heading, for the headings of the explanation below it.
            <summary><h2 class="summary-heading">"Toelichting op het gesprek"</h2></summary>
            {BIJLAGE_5
                .explanation
                .iter()
                .map(|e| view! { <h3>{e.title}</h3><GuideText text=e.body/> })
                .collect_view()}
        </details>
    }
}

/// Step 10 asks to keep the five conditions for partnership (Bijlage 2) in mind.
#[component]
fn FiveConditions() -> impl IntoView {
    let page = &BIJLAGE_2;
    view! {
        <details class="card reminder" open>
            <summary>{format!("Houd in gedachten: {}", page.title.to_lowercase())}</summary>
            {page.sections.iter().map(|s| view! { <h3>{s.title}</h3><GuideText text=s.body/> }).collect_view()}
        </details>
    }
}

#[component]
fn QuestionCard(
    id: String,
    question: GuideQuestion,
    current: Field<Conversation>,
) -> impl IntoView {
    let state = use_app_state();
    let qid = question.id;
    let answers = current.answers();
    let notes = text(move || {
        answers
            .try_with(|a| a.get(qid).map(|a| a.notes.clone()))
            .flatten()
    });
    let notes_id = id.clone();
    let on_notes = Callback::new(move |value: String| -> Result<(), InvalidInput> {
        state.edit_conversation(&notes_id, ConversationField::Answers, |c| {
            c.answers.entry(qid.to_string()).or_default().notes = value;
            Ok(())
        })
    });
    let label = match question.marker {
        "" => "Notities".to_string(),
        marker => format!("Notities bij {marker}"),
    };
    view! {
        <article class="question-card card" id=qid>
            <h3>
                {(!question.marker.is_empty()).then(|| view! { <span class="marker">{format!("{}) ", question.marker)}</span> })}
                {question.text}
            </h3>
            {(!question.sub_questions.is_empty()).then(|| view! {
                <ul class="sub-questions">
                    {question.sub_questions.iter().map(|s| view! { <li><span class="marker">{format!("{}. ", s.marker)}</span>{s.text}</li> }).collect_view()}
                </ul>
            })}
            {(!question.remark.is_empty()).then(|| view! { <div class="hint"><GuideText text=question.remark/></div> })}
            {question.to_planning.then(|| view! { <p class="to-planning">"Invullen in planningsformulier: schrijf de afspraken hieronder bij ‘Afspraken’."</p> })}
            <TextArea label=label value=notes on_value=on_notes rows=3/>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || answers.try_with(|a| a.get(qid).is_some_and(|a| a.discussed)).unwrap_or_default()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.show_refusal(state.edit_conversation(&id, ConversationField::Answers, |c| {
                            c.answers.entry(qid.to_string()).or_default().discussed = on;
                            Ok(())
                        }));
                    }
                />
                <span>"Besproken"</span>
            </label>
        </article>
    }
}

/// What was agreed, and turning it into planning rows.
#[component]
fn Agreements(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let institution = current.institution_id().try_get_untracked().flatten();
    let outcome = RwSignal::new(None::<Result<usize, String>>);
    let plan_id = id.clone();
    let plan = move |_| outcome.set(Some(state.plan_agreements(&plan_id).map_err(|e| e.0)));
    let planning_href = institution.as_ref().map(|i| institution_path(i, Some(11)));
    view! {
        <section class="card" aria-labelledby="afspraken-gesprek-kop">
            <h2 id="afspraken-gesprek-kop">"Afspraken"</h2>
            <TextArea
                label="Afspraken (één per regel)"
                value=text(move || current.agreements().try_get())
                on_value=edit(state, &id, ConversationField::Agreements, |c, v| c.agreements = v)
                rows=5
            />
            {planning_href.map(|href| view! {
                <button type="button" class="button" on:click=plan>"Invullen in planningsformulier"</button>
                {move || outcome.get().map(|result| match result {
                    Ok(0) => view! { <p role="status">"Deze afspraken staan al in het planningsformulier."</p> }.into_any(),
                    Ok(n) => view! {
                        <p role="status">
                            {if n == 1 { "1 activiteit toegevoegd aan het ".to_string() } else { format!("{n} activiteiten toegevoegd aan het ") }}
                            <a href=href.clone()>"planningsformulier"</a>
                            "."
                        </p>
                    }.into_any(),
                    Err(message) => view! { <p class="field-error" role="alert">{message}</p> }.into_any(),
                })}
            })}
        </section>
    }
}

#[component]
fn Footer(id: String, current: Field<Conversation>) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let back = current
        .try_with_untracked(|c| back_link(state, c).0)
        .unwrap_or_default();
    let delete_id = id.clone();
    let delete = Callback::new(move |_| {
        state.delete_conversation(&delete_id);
        navigate(&back, Default::default());
    });
    view! {
        <div class="button-row conversation-footer">
            <a class="button" href=report_path(&id)>"Verslag bekijken en afdrukken"</a>
            <ConfirmButton
                label="Gesprek verwijderen"
                question="Dit gesprek met alle notities verwijderen? Dit kan niet ongedaan worden gemaakt."
                confirm_label="Ja, verwijderen"
                on_confirm=delete
            />
        </div>
    }
}

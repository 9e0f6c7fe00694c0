//! Holding a conversation with the guide's questions: notes per question, saved as typed.

use leptos::prelude::*;

use crate::components::{
    ConfirmButton, GuideText, OnValue, TextArea, TextField, derived, dynamic, live, memo, set_title,
};
use crate::content::{BIJLAGE_2, BIJLAGE_5, GuideQuestion};
use crate::model::{
    Conversation, ConversationKind, ConversationStatus, InvalidInput, guide_sections, question_ids,
};
use crate::routes::{institution_path, report_path, step_path};
use crate::state::{AppState, use_app_state, use_navigator};

/// The conversation as it is now; `None` once deleted.
type Current = Memo<Option<Conversation>>;

#[component]
pub fn ConversationPage(id: String) -> impl IntoView {
    let state = use_app_state();
    let lookup = id.clone();
    let current: Current = memo(move || state.workspace.with(|w| w.conversation(&lookup).cloned()));
    let exists = memo(move || current.with(Option::is_some));
    dynamic(move || {
        if exists.get() {
            view! { <ConversationView id=id.clone() current/> }.into_any()
        } else {
            set_title("Gesprek niet gevonden");
            view! {
                <article class="page">
                    <h1>"Gesprek niet gevonden"</h1>
                    <p>"Dit gesprek bestaat niet (meer) in uw gegevens. Misschien is het verwijderd."</p>
                    <p><a href="/instellingen">"Naar de instellingen"</a></p>
                </article>
            }
            .into_any()
        }
    })
}

/// Where the conversation belongs: its institution's step tab, or the library's step page.
fn back_link(state: AppState, conversation: &Conversation) -> (String, String) {
    match &conversation.institution_id {
        Some(id) => {
            let name = state
                .workspace
                .with_untracked(|w| w.institution(id).map(|i| i.name.clone()))
                .unwrap_or_default();
            (institution_path(id, Some(conversation.kind.step())), name)
        }
        None => (
            step_path(conversation.kind.step()),
            format!("Stap {}", conversation.kind.step()),
        ),
    }
}

/// Applies an edit to the conversation.
fn edit(state: AppState, id: &str, set: fn(&mut Conversation, String)) -> OnValue {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.update_conversation(&id, |c| {
            set(c, value);
            Ok(())
        })
    })
}

fn read(current: Current, get: fn(&Conversation) -> String) -> Signal<String> {
    derived(move || current.with(|c| c.as_ref().map(get).unwrap_or_default()))
}

#[component]
fn ConversationView(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let Some(start) = current.get_untracked() else {
        return ().into_any();
    };
    let kind = start.kind;
    set_title(kind.label());
    let (back_href, back_label) = back_link(state, &start);
    let parties = memo(move || current.with(|c| c.as_ref().map(|c| c.parties).unwrap_or_default()));
    let sections = memo(move || guide_sections(kind, parties.get()));
    view! {
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
            {let question_id = id.clone();
            dynamic(move || {
                let id = question_id.clone();
                sections
                    .get()
                    .into_iter()
                    .map(|section| {
                        view! {
                            <section class="guide-part" aria-label=section.title>
                                <h2>{section.title}</h2>
                                {section
                                    .questions
                                    .into_iter()
                                    .map(|question| view! { <QuestionCard id=id.clone() question current/> })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()
            })}
            <Agreements id=id.clone() current/>
            <Footer id current/>
        </article>
    }
    .into_any()
}

/// Date, status, who was present and (for Bijlage 5) which parties are at the table.
#[component]
fn Meta(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let kind = current.with_untracked(|c| c.as_ref().map(|c| c.kind).unwrap_or_default());
    let status_id = id.clone();
    let set_status = Callback::new(move |status: ConversationStatus| {
        state.tell(state.update_conversation(&status_id, |c| {
            c.status = status;
            Ok(())
        }));
    });
    let party_error = RwSignal::new(None::<String>);
    let party_id = id.clone();
    let set_party = Callback::new(move |(school, on): (bool, bool)| {
        let result = state.update_conversation(&party_id, |c| {
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
                    prop:checked=live(move || current.with(|c| c.as_ref().is_some_and(|c| if school { c.parties.school } else { c.parties.preschool })))
                    on:change=move |ev| set_party.run((school, event_target_checked(&ev)))
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <section class="card" aria-label="Gegevens van het gesprek">
            <div class="form-grid">
                <TextField label="Datum" kind="date" value=read(current, |c| c.date.clone()) on_value=edit(state, &id, |c, v| c.date = v)/>
                <TextField label="Gehouden door" value=read(current, |c| c.held_by.clone()) on_value=edit(state, &id, |c, v| c.held_by = v)/>
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
                                        prop:checked=live(move || current.with(|c| c.as_ref().is_some_and(|c| c.status == status)))
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
                    <p class="field-error" role="alert">{dynamic(move || party_error.get())}</p>
                </fieldset>
            })}
            <Present id current/>
        </section>
    }
}

/// Who was present: picked from the institution's contacts or typed.
#[component]
fn Present(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let names = move || current.with(|c| c.as_ref().map(|c| c.present.clone()).unwrap_or_default());
    let contacts = memo(move || {
        let institution = current.with(|c| c.as_ref().and_then(|c| c.institution_id.clone()));
        state.workspace.with(|w| {
            institution
                .and_then(|i| w.institution(&i))
                .map(|i| {
                    i.contacts
                        .iter()
                        .filter(|c| !c.name.trim().is_empty())
                        .map(|c| format!("{} ({})", c.name.trim(), c.role.label()))
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
        state.tell(state.update_conversation(&add_id, |c| {
            if !c.present.contains(&name) {
                c.present.push(name);
            }
            Ok(())
        }));
        typed.set(String::new());
    });
    let remove_id = id.clone();
    let remove = Callback::new(move |name: String| {
        state.tell(state.update_conversation(&remove_id, |c| {
            c.present.retain(|n| *n != name);
            Ok(())
        }));
    });
    view! {
        <fieldset class="present">
            <legend>"Aanwezig"</legend>
            <ul class="chips">
                {dynamic(move || {
                    names()
                        .into_iter()
                        .map(|name| {
                            let label = format!("{name} verwijderen");
                            let who = name.clone();
                            view! {
                                <li class="chip">
                                    <span>{name}</span>
                                    <button type="button" class="chip__remove" aria-label=label on:click=move |_| remove.run(who.clone())>
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                })}
            </ul>
            {dynamic(move || (!contacts.with(Vec::is_empty)).then(|| view! {
                <label class="field">
                    <span class="field__label">"Contactpersoon toevoegen"</span>
                    <select on:change=move |ev| {
                        add.run(event_target_value(&ev));
                        event_target::<web_sys::HtmlSelectElement>(&ev).set_value("");
                    }>
                        <option value="">"Kies een contactpersoon"</option>
                        {dynamic(move || contacts.get().into_iter().map(|c| { let value = c.clone(); view! { <option value=value>{c}</option> } }).collect_view())}
                    </select>
                </label>
            }))}
            <div class="inline-form">
                <label class="field">
                    <span class="field__label">"Naam (en rol) typen"</span>
                    <input
                        type="text"
                        prop:value=live(move || typed.get())
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
fn Progress(current: Current, sections: Memo<Vec<crate::model::GuideSection>>) -> impl IntoView {
    let counts = move || {
        let ids = sections.with(|s| question_ids(s));
        let discussed = current.with(|c| c.as_ref().map_or(0, |c| c.discussed(&ids)));
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
                <strong>{dynamic(move || counts().0)}</strong>
                {dynamic(move || format!(" van {} vragen besproken", counts().1))}
            </p>
            <ol class="jump-list">
                {dynamic(move || {
                    let done = current.with(|c| c.as_ref().map(|c| c.answers.clone()).unwrap_or_default());
                    sections
                        .get()
                        .iter()
                        .flat_map(|s| s.questions.iter())
                        .enumerate()
                        .map(|(n, q)| {
                            let id = q.id;
                            let discussed = done.get(id).is_some_and(|a| a.discussed);
                            let label = format!("Naar vraag {}", n + 1);
                            view! {
                                <li>
                                    <button type="button" class="jump" class:jump--done=discussed aria-label=label on:click=move |_| jump(id)>
                                        {n + 1}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                })}
            </ol>
        </nav>
    }
}

/// Bijlage 5's preparation checklist and explanation.
#[component]
fn Preparation(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let items = BIJLAGE_5
        .preparation
        .iter()
        .map(|item| {
            let done_id = id.clone();
            let note_id = id.clone();
            let done = live(move || {
                current.with(|c| {
                    c.as_ref()
                        .is_some_and(|c| c.preparation.get(item.id).is_some_and(|p| p.done))
                })
            });
            let note = derived(move || {
                current.with(|c| {
                    c.as_ref()
                        .and_then(|c| c.preparation.get(item.id))
                        .map(|p| p.note.clone())
                        .unwrap_or_default()
                })
            });
            let on_note = Callback::new(move |value: String| {
                state.update_conversation(&note_id, |c| {
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
                                state.tell(state.update_conversation(&done_id, |c| {
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
            <ul class="checklist">{items}</ul>
        </details>
        <details class="card">
            <summary>"Toelichting op het gesprek"</summary>
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
fn QuestionCard(id: String, question: GuideQuestion, current: Current) -> impl IntoView {
    let state = use_app_state();
    let qid = question.id;
    let notes = derived(move || {
        current.with(|c| c.as_ref().map(|c| c.answer(qid).notes).unwrap_or_default())
    });
    let notes_id = id.clone();
    let on_notes = Callback::new(move |value: String| -> Result<(), InvalidInput> {
        state.update_conversation(&notes_id, |c| {
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
                    prop:checked=live(move || current.with(|c| c.as_ref().is_some_and(|c| c.answer(qid).discussed)))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.tell(state.update_conversation(&id, |c| {
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
fn Agreements(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let institution = current.with_untracked(|c| c.as_ref().and_then(|c| c.institution_id.clone()));
    let outcome = RwSignal::new(None::<Result<usize, String>>);
    let plan_id = id.clone();
    let plan = move |_| outcome.set(Some(state.plan_agreements(&plan_id).map_err(|e| e.0)));
    let planning_href = institution.as_ref().map(|i| institution_path(i, Some(11)));
    view! {
        <section class="card" aria-labelledby="afspraken-gesprek-kop">
            <h2 id="afspraken-gesprek-kop">"Afspraken"</h2>
            <TextArea label="Afspraken (één per regel)" value=read(current, |c| c.agreements.clone()) on_value=edit(state, &id, |c, v| c.agreements = v) rows=5/>
            {planning_href.map(|href| view! {
                <button type="button" class="button" on:click=plan>"Invullen in planningsformulier"</button>
                {dynamic(move || outcome.get().map(|result| match result {
                    Ok(0) => view! { <p role="status">"Deze afspraken staan al in het planningsformulier."</p> }.into_any(),
                    Ok(n) => view! {
                        <p role="status">
                            {if n == 1 { "1 activiteit toegevoegd aan het ".to_string() } else { format!("{n} activiteiten toegevoegd aan het ") }}
                            <a href=href.clone()>"planningsformulier"</a>
                            "."
                        </p>
                    }.into_any(),
                    Err(message) => view! { <p class="field-error" role="alert">{message}</p> }.into_any(),
                }))}
            })}
        </section>
    }
}

#[component]
fn Footer(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let back = current
        .with_untracked(|c| c.as_ref().map(|c| back_link(state, c).0))
        .unwrap_or_default();
    let delete_id = id.clone();
    let delete = Callback::new(move |_| {
        state.tell(state.change(|w, now| {
            w.delete_conversation(&delete_id, now);
            Ok(())
        }));
        navigator.go(&back);
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

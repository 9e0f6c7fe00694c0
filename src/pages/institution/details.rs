//! The institution's own details: who, where, contacts, links, export, archive and delete.

use leptos::prelude::*;

use super::Current;
use crate::components::{
    ConfirmButton, ExportButtons, KeyedRows, OnValue, SelectField, TextArea, TextField, derived,
    dynamic, live, memo,
};
use crate::model::{Contact, ContactRole, Institution, InstitutionKind, Programme};
use crate::routes::institution_path;
use crate::state::{AppState, new_id, use_app_state, use_navigator};

/// A field's value, read from the current institution.
pub(super) fn read(current: Current, get: fn(&Institution) -> String) -> Signal<String> {
    derived(move || current.with(|i| i.as_ref().map(get).unwrap_or_default()))
}

/// Writes a field's new value into the institution.
pub(super) fn write(state: AppState, id: &str, set: fn(&mut Institution, String)) -> OnValue {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.update_institution(&id, |i| {
            set(i, value);
            Ok(())
        })
    })
}

#[component]
pub fn DetailsPanel(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let kinds = InstitutionKind::ALL
        .iter()
        .map(|k| (k.token(), k.label()))
        .collect::<Vec<_>>();
    let programmes = Programme::ALL
        .iter()
        .map(|p| (p.token(), p.label()))
        .collect::<Vec<_>>();
    view! {
        <section class="card" aria-labelledby="gegevens-kop">
            <h2 id="gegevens-kop">"Gegevens"</h2>
            <div class="form-grid">
                <TextField label="Naam" required=true value=read(current, |i| i.name.clone()) on_value=write(state, &id, |i, v| i.name = v)/>
                <SelectField
                    label="Soort"
                    options=kinds
                    value=read(current, |i| i.kind.token().to_string())
                    on_value=write(state, &id, |i, v| i.kind = InstitutionKind::from_token(&v).unwrap_or(i.kind))
                />
                <SelectField
                    label="Programma"
                    options=programmes
                    value=read(current, |i| i.programme.token().to_string())
                    on_value=write(state, &id, |i, v| i.programme = Programme::from_token(&v).unwrap_or(i.programme))
                />
                <TextField label="Plaats" value=read(current, |i| i.place.clone()) on_value=write(state, &id, |i, v| i.place = v)/>
                <TextField
                    label="Schooljaar"
                    placeholder="Bijvoorbeeld 2026-2027"
                    value=read(current, |i| i.school_year.clone())
                    on_value=write(state, &id, |i, v| i.school_year = v)
                />
                <TextField
                    label="Leesconsulent"
                    value=read(current, |i| i.consultant.clone())
                    on_value=write(state, &id, |i, v| i.consultant = v)
                />
            </div>
            <TextArea label="Notities" value=read(current, |i| i.notes.clone()) on_value=write(state, &id, |i, v| i.notes = v)/>
        </section>
        <Contacts id=id.clone() current/>
        <Links id=id.clone() current/>
        <section class="card" aria-labelledby="overdragen-kop">
            <h2 id="overdragen-kop">"Instelling exporteren"</h2>
            <p class="hint">
                "Een bestand met deze instelling en alles wat erbij hoort: stappen, gesprekken, "
                "planningsformulier en beoordelingen. Zo draagt u haar over aan een collega, die het "
                "bestand importeert bij Gegevens."
            </p>
            <ExportButtons label="Instelling exporteren" institution=id.clone()/>
        </section>
        <Housekeeping id current/>
    }
}

#[component]
fn Contacts(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let ids = memo(move || {
        current.with(|i| {
            i.as_ref()
                .map(|i| i.contacts.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let institution = id.clone();
    let add = move |_| {
        let contact = Contact {
            id: new_id("contact"),
            ..Default::default()
        };
        state.tell(state.update_institution(&institution, |i| {
            i.contacts.push(contact);
            Ok(())
        }));
    };
    view! {
        <section class="card" aria-labelledby="contacten-kop">
            <h2 id="contacten-kop">"Contactpersonen"</h2>
            {dynamic(move || ids.with(Vec::is_empty).then(|| view! {
                <p class="hint">"Nog geen contactpersonen. Voeg bijvoorbeeld de directeur en de leescoördinator toe."</p>
            }))}
            <ul class="contact-list">
                <KeyedRows ids row=Callback::new(move |contact| view! { <ContactRow institution=id.clone() contact current/> }.into_any())/>
            </ul>
            <button type="button" class="button button--secondary" on:click=add>
                "Contactpersoon toevoegen"
            </button>
        </section>
    }
}

#[component]
fn ContactRow(institution: String, contact: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let field = {
        let contact = contact.clone();
        move |get: fn(&Contact) -> String| {
            let contact = contact.clone();
            derived(move || {
                current.with(|i| {
                    i.as_ref()
                        .and_then(|i| i.contacts.iter().find(|c| c.id == contact))
                        .map(get)
                        .unwrap_or_default()
                })
            })
        }
    };
    let edit = {
        let (institution, contact) = (institution.clone(), contact.clone());
        move |set: fn(&mut Contact, String)| -> OnValue {
            let (institution, contact) = (institution.clone(), contact.clone());
            Callback::new(move |value: String| {
                state.update_institution(&institution, |i| {
                    if let Some(c) = i.contacts.iter_mut().find(|c| c.id == contact) {
                        set(c, value);
                    }
                    Ok(())
                })
            })
        }
    };
    let roles = ContactRole::ALL
        .iter()
        .map(|r| (r.token(), r.label()))
        .collect::<Vec<_>>();
    let remove = Callback::new(move |_| {
        state.tell(state.update_institution(&institution, |i| {
            i.contacts.retain(|c| c.id != contact);
            Ok(())
        }));
    });
    view! {
        <li class="contact-row">
            <div class="form-grid">
                <SelectField
                    label="Rol"
                    options=roles
                    value=field(|c| c.role.token().to_string())
                    on_value=edit(|c, v| c.role = ContactRole::from_token(&v).unwrap_or(c.role))
                />
                <TextField label="Naam" value=field(|c| c.name.clone()) on_value=edit(|c, v| c.name = v)/>
                <TextField label="E-mail" kind="email" value=field(|c| c.email.clone()) on_value=edit(|c, v| c.email = v)/>
                <TextField label="Telefoon" kind="tel" value=field(|c| c.phone.clone()) on_value=edit(|c, v| c.phone = v)/>
            </div>
            <ConfirmButton
                label="Contactpersoon verwijderen"
                question="Deze contactpersoon verwijderen?"
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </li>
    }
}

/// The *doorgaande lijn*: schools and pre-schools that work together.
#[component]
fn Links(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let this = id.clone();
    let linked = move || {
        state.workspace.with(|w| {
            w.institution(&this)
                .map(|i| {
                    i.links
                        .iter()
                        .filter_map(|l| w.institution(l))
                        .map(|o| (o.id.clone(), o.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let this = id.clone();
    let candidates = memo(move || {
        state.workspace.with(|w| {
            let links = current.with(|i| i.as_ref().map(|i| i.links.clone()).unwrap_or_default());
            w.institutions
                .iter()
                .filter(|o| o.id != this && !links.contains(&o.id) && !o.archived)
                .map(|o| (o.id.clone(), format!("{} ({})", o.name, o.kind.label())))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let this = id.clone();
    let link = move |_| {
        let other = chosen.get_untracked();
        if !other.is_empty() && state.change(|w, now| w.link(&this, &other, now)).is_ok() {
            chosen.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="koppeling-kop">
            <h2 id="koppeling-kop">"Doorgaande lijn"</h2>
            <p class="hint">"Koppel een school aan de voorschoolse instelling(en) waarmee ze samenwerkt, en andersom."</p>
            <ul class="link-list">
                {dynamic(move || {
                    linked()
                        .into_iter()
                        .map(|(other, name)| {
                            let this = id.clone();
                            let unlink_other = other.clone();
                            view! {
                                <li class="linked">
                                    <a href=institution_path(&other, None)>{name}</a>
                                    <button
                                        type="button"
                                        class="button button--secondary"
                                        on:click=move |_| {
                                            state.tell(state.change(|w, now| {
                                                w.unlink(&this, &unlink_other, now);
                                                Ok(())
                                            }));
                                        }
                                    >
                                        "Ontkoppelen"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                })}
            </ul>
            {dynamic(move || {
                if candidates.with(Vec::is_empty) {
                    return view! { <p class="hint">"Er zijn geen andere instellingen om mee te koppelen."</p> }
                        .into_any();
                }
                view! {
                    <div class="inline-form">
                        <label class="field">
                            <span class="field__label">"Koppelen aan"</span>
                            <select on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=live(move || chosen.get())>
                                <option value="">"Kies een instelling"</option>
                                {dynamic(move || {
                                    candidates
                                        .get()
                                        .into_iter()
                                        .map(|(value, label)| view! { <option value=value>{label}</option> })
                                        .collect_view()
                                })}
                            </select>
                        </label>
                        <button type="button" class="button" on:click=link.clone()>"Koppelen"</button>
                    </div>
                }
                .into_any()
            })}
        </section>
    }
}

#[component]
fn Housekeeping(id: String, current: Current) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let archived = memo(move || current.with(|i| i.as_ref().is_some_and(|i| i.archived)));
    let toggle_id = id.clone();
    let toggle = move |_| {
        state.tell(state.update_institution(&toggle_id, |i| {
            i.archived = !i.archived;
            Ok(())
        }));
    };
    let delete = Callback::new(move |_| {
        state.tell(state.change(|w, now| {
            w.delete_institution(&id, now);
            Ok(())
        }));
        navigator.go("/instellingen");
    });
    view! {
        <section class="card" aria-labelledby="beheer-kop">
            <h2 id="beheer-kop">"Archiveren of verwijderen"</h2>
            <p class="hint">
                "Archiveer een instelling waar u (nu) niet meer mee werkt: alles blijft bewaard en u kunt haar terugzetten."
            </p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=toggle>
                    {dynamic(move || if archived.get() { "Terugzetten uit archief" } else { "Archiveren" })}
                </button>
                <ConfirmButton
                    label="Instelling verwijderen"
                    question="Deze instelling en alles wat u erbij hebt vastgelegd definitief verwijderen? Dit kan niet ongedaan worden gemaakt."
                    confirm_label="Ja, definitief verwijderen"
                    on_confirm=delete
                />
            </div>
        </section>
    }
}

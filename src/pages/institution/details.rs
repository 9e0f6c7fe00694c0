//! The institution's own details: who, where, contacts, links, export, archive and delete.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use reactive_stores::Field;

use super::team::{ConsultantField, JoinInstitution};
use super::{text, write};
use crate::browser::clock::new_id;
use crate::components::{
    ConfirmButton, ExportButtons, OnValue, PasswordExport, SelectField, TextArea, TextField,
};
use crate::model::Institution;
use crate::model::{
    Contact, ContactRole, InstitutionField, InstitutionKind, InstitutionStoreFields, Programme,
    SchoolYear, WorkspaceStoreFields,
};
use crate::routes::institution_path;
use crate::state::use_app_state;

#[component]
pub fn DetailsPanel(id: String, current: Field<Institution>) -> impl IntoView {
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
                <TextField
                    label="Naam"
                    required=true
                    value=text(move || current.name().try_get())
                    on_value=write(state, &id, InstitutionField::Name, |i, v| i.name = v)
                />
                <SelectField
                    label="Soort"
                    options=kinds
                    value=text(move || current.kind().try_get().map(|k| k.token().to_string()))
                    on_value=write(state, &id, InstitutionField::Kind, |i, v| {
                        i.kind = InstitutionKind::from_token(&v).unwrap_or(i.kind)
                    })
                />
                <SelectField
                    label="Programma"
                    options=programmes
                    value=text(move || current.programme().try_get().map(|p| p.token().to_string()))
                    on_value=write(state, &id, InstitutionField::Programme, |i, v| {
                        i.programme = Programme::from_token(&v).unwrap_or(i.programme)
                    })
                />
                <TextField
                    label="Plaats"
                    value=text(move || current.place().try_get())
                    on_value=write(state, &id, InstitutionField::Place, |i, v| i.place = v)
                />
                <TextField
                    label="Schooljaar"
                    placeholder="Bijvoorbeeld 2026-2027"
                    value=text(move || current.school_year().try_get())
                    // "2026 / 2027" is kept as 2026-2027; what is no school year is refused.
                    on_value=write(state, &id, InstitutionField::SchoolYear, |i, v| {
                        i.school_year = SchoolYear::parse(&v).map(SchoolYear::label).unwrap_or(v)
                    })
                />
                <ConsultantField id=id.clone() current/>
            </div>
            <TextArea
                label="Notities"
                value=text(move || current.notes().try_get())
                on_value=write(state, &id, InstitutionField::Notes, |i, v| i.notes = v)
            />
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
            <LinksLeftBehind current/>
            <ExportButtons label="Instelling exporteren" institution=id.clone()/>
            <PasswordExport institution=id.clone()/>
        </section>
        <JoinInstitution id=id.clone()/>
        <Housekeeping id current/>
    }
}

#[component]
fn Contacts(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let ids = Memo::new(move |_| {
        current
            .contacts()
            .try_with(|contacts| contacts.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let institution = id.clone();
    let add = move |_| {
        let contact = Contact {
            id: new_id("contact"),
            ..Default::default()
        };
        state.show_refusal(
            state.edit_institution(&institution, InstitutionField::Contacts, |i| {
                i.contacts.push(contact);
                Ok(())
            }),
        );
    };
    view! {
        <section class="card" aria-labelledby="contacten-kop">
            <h2 id="contacten-kop">"Contactpersonen"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">"Nog geen contactpersonen. Voeg bijvoorbeeld de directeur en de leescoördinator toe."</p>
            </Show>
            <ul class="contact-list">
                <For each=move || ids.get() key=|contact| contact.clone() let:contact>
                    <ContactRow institution=id.clone() contact current/>
                </For>
            </ul>
            <button type="button" class="button button--secondary" on:click=add>
                "Contactpersoon toevoegen"
            </button>
        </section>
    }
}

#[component]
fn ContactRow(institution: String, contact: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let field = {
        let contact = contact.clone();
        move |get: fn(&Contact) -> String| {
            let contact = contact.clone();
            text(move || {
                current
                    .contacts()
                    .try_with(|contacts| contacts.iter().find(|c| c.id == contact).map(get))
                    .flatten()
            })
        }
    };
    let edit = {
        let (institution, contact) = (institution.clone(), contact.clone());
        move |set: fn(&mut Contact, String)| -> OnValue {
            let (institution, contact) = (institution.clone(), contact.clone());
            Callback::new(move |value: String| {
                state.edit_institution(&institution, InstitutionField::Contacts, |i| {
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
        state.show_refusal(
            state.edit_institution(&institution, InstitutionField::Contacts, |i| {
                i.contacts.retain(|c| c.id != contact);
                Ok(())
            }),
        );
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
fn Links(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let institutions = state.workspace.institutions();
    let links = move || current.links().try_get().unwrap_or_default();
    // A link whose other end is not on this device (it came in a file of one institution)
    // is named from the file and said to be missing, not dropped.
    let linked = Memo::new(move |_| {
        let links = links();
        let names = current.linked_names().try_get().unwrap_or_default();
        institutions.with(|all| {
            links
                .iter()
                .map(|other| match all.iter().find(|o| o.id == *other) {
                    Some(o) => (other.clone(), o.name.clone(), true),
                    None => {
                        let name = names.get(other).cloned();
                        (
                            other.clone(),
                            name.unwrap_or_else(|| "Een instelling".into()),
                            false,
                        )
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let this = id.clone();
    let candidates = Memo::new(move |_| {
        let links = links();
        institutions.with(|all| {
            all.iter()
                .filter(|o| o.id != this && !links.contains(&o.id) && !o.archived)
                .map(|o| (o.id.clone(), format!("{} ({})", o.name, o.kind.label())))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let this = id.clone();
    let link = move |_| {
        let other = chosen.get_untracked();
        if !other.is_empty() && state.link(&this, &other).is_ok() {
            chosen.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="koppeling-kop">
            <h2 id="koppeling-kop">"Doorgaande lijn"</h2>
            <p class="hint">"Koppel een school aan de voorschoolse instelling(en) waarmee ze samenwerkt, en andersom."</p>
            <ul class="link-list">
                <For each=move || linked.get() key=|link| link.clone() let:((other, name, here))>
                    <li class="linked">
                        {if here {
                            Either::Left(view! { <a href=institution_path(&other, None)>{name}</a> })
                        } else {
                            Either::Right(view! {
                                <span>
                                    {name}
                                    <span class="hint">" — niet in uw gegevens; importeer ook het bestand van die instelling"</span>
                                </span>
                            })
                        }}
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click={
                                let this = id.clone();
                                move |_| state.unlink(&this, &other)
                            }
                        >
                            "Ontkoppelen"
                        </button>
                    </li>
                </For>
            </ul>
            <Show
                when=move || !candidates.with(Vec::is_empty)
                fallback=|| view! { <p class="hint">"Er zijn geen andere instellingen om mee te koppelen."</p> }
            >
                <div class="inline-form">
                    <label class="field">
                        <span class="field__label">"Koppelen aan"</span>
                        <select on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                            <option value="">"Kies een instelling"</option>
                            <For each=move || candidates.get() key=|c| c.clone() let:((value, label))>
                                <option value=value>{label}</option>
                            </For>
                        </select>
                    </label>
                    <button type="button" class="button" on:click=link.clone()>"Koppelen"</button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn Housekeeping(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let archived = move || current.archived().try_get().unwrap_or_default();
    let toggle_id = id.clone();
    let toggle = move |_| {
        state.show_refusal(
            state.edit_institution(&toggle_id, InstitutionField::Archived, |i| {
                i.archived = !i.archived;
                Ok(())
            }),
        );
    };
    // Said before the user confirms: what goes along with the institution.
    let belongings_id = id.clone();
    let question = Signal::derive(move || {
        let along = state
            .workspace
            .with(|w| w.belongings(&belongings_id).said());
        let along = match along.as_str() {
            "" => String::new(),
            along => format!(", met {along},"),
        };
        format!(
            "Deze instelling{along} en alles wat u erbij hebt vastgelegd definitief verwijderen? Dit kan niet ongedaan worden gemaakt."
        )
    });
    let delete = Callback::new(move |_| {
        let name = current.name().get_untracked();
        state.delete_institution(&id);
        let id = id.clone();
        let navigate = navigate.clone();
        spawn_local(async move {
            // Backups from before still hold it: shown on Gegevens, where they can go too.
            let kept = state
                .backups_with_deleted()
                .await
                .iter()
                .filter(|t| t.institutions.iter().any(|(held, _)| *held == id))
                .count();
            if kept == 0 {
                navigate("/instellingen", Default::default());
                return;
            }
            state.notice.try_set(Some(format!(
                "‘{name}’ is verwijderd. {kept} automatische {} {} haar nog; u ziet ze hieronder bij Reservekopieën en kunt ze daar verwijderen.",
                if kept == 1 { "reservekopie" } else { "reservekopieën" },
                if kept == 1 { "bevat" } else { "bevatten" },
            )));
            navigate("/gegevens", Default::default());
        });
    });
    view! {
        <section class="card" aria-labelledby="beheer-kop">
            <h2 id="beheer-kop">"Archiveren of verwijderen"</h2>
            <p class="hint">
                "Archiveer een instelling waar u (nu) niet meer mee werkt: alles blijft bewaard en u kunt haar terugzetten."
            </p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=toggle>
                    {move || if archived() { "Terugzetten uit archief" } else { "Archiveren" }}
                </button>
                <ConfirmButton
                    label="Instelling verwijderen"
                    question=question
                    confirm_label="Ja, definitief verwijderen"
                    on_confirm=delete
                />
            </div>
        </section>
    }
}

/// The institutions of the *doorgaande lijn* that an export of this one leaves out: said
/// before the export, so that no link disappears on the colleague's device without a word.
#[component]
fn LinksLeftBehind(current: Field<Institution>) -> impl IntoView {
    let institutions = use_app_state().workspace.institutions();
    let names = Memo::new(move |_| {
        let links = current.links().try_get().unwrap_or_default();
        institutions.with(|all| {
            all.iter()
                .filter(|o| links.contains(&o.id))
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
        })
    });
    move || {
        let names = names.get();
        (!names.is_empty()).then(|| {
            let list = names.join(", ");
            view! {
                <p class="notice" role="note">
                    {format!(
                        "Let op: de doorgaande lijn met {list} gaat niet mee in dit bestand, omdat \
                         {} zelf er niet in zit. Exporteer ook die instelling, dan ziet uw collega \
                         de koppeling na het importeren van beide bestanden.",
                        if names.len() == 1 { "die instelling" } else { "die instellingen" },
                    )}
                </p>
            }
        })
    }
}

//! The decisions a colleague's file asks for before its records are compared: schools in
//! it that look like one here (*zelfde instelling?*), people who may be someone here under
//! a shorter or longer name (*zelfde persoon?*), and whether its library steps are taken
//! over.

use leptos::prelude::*;

use crate::state::{PendingImport, use_app_state};
use crate::storage::import::{Arrangement, LookAlike};

/// What is asked about one kind of look-alike, and how the answer is written down.
struct Question {
    /// Names the radio group, apart from the other kind's.
    kind: &'static str,
    what: &'static str,
    join: &'static str,
    apart: &'static str,
    /// Whether the look-alike is joined in an arrangement.
    joined: fn(&Arrangement, &LookAlike) -> bool,
    /// Writes the answer into an arrangement.
    set: fn(&mut Arrangement, &LookAlike, bool),
}

const SAME_SCHOOL: Question = Question {
    kind: "instelling",
    what: "Zelfde instelling?",
    join: "Samenvoegen: één instelling, met alles wat er bij beide is vastgelegd",
    apart: "Apart houden: twee instellingen",
    joined: |a, alike| a.join.contains(&alike.theirs),
    set: |a, alike, join| {
        match join {
            true => a.join.insert(alike.theirs.clone()),
            false => a.join.remove(&alike.theirs),
        };
    },
};

const SAME_PERSON: Question = Question {
    kind: "persoon",
    what: "Zelfde persoon?",
    join: "Samenvoegen: één persoon, met de instellingen van beide (welke naam blijft, kiest u hieronder)",
    apart: "Apart houden: twee personen",
    joined: |a, alike| a.same_people.contains_key(&alike.theirs),
    set: |a, alike, join| {
        match join {
            true => a
                .same_people
                .insert(alike.theirs.clone(), alike.ours.clone()),
            false => a.same_people.remove(&alike.theirs),
        };
    },
};

/// The file's look-alike schools and people and its library steps, each with the user's
/// choice; `None` when the file asks for none of these. A file that, as arranged, changes
/// nothing asks nothing about look-alikes (typically the same file again, its questions
/// answered when it came before).
pub fn arrangement_choices(pending: &PendingImport) -> Option<impl IntoView + use<>> {
    let (schools, people) = match pending.changes_nothing {
        true => (&[][..], &[][..]),
        false => (&pending.look_alikes[..], &pending.look_alike_people[..]),
    };
    if schools.is_empty() && people.is_empty() && pending.library_steps == 0 {
        return None;
    }
    let state = use_app_state();
    let arrangement = pending.arrangement.clone();
    let alikes = schools
        .iter()
        .map(|alike| (&SAME_SCHOOL, alike))
        .chain(people.iter().map(|alike| (&SAME_PERSON, alike)))
        .map(|(question, alike)| {
            let joined = (question.joined)(&arrangement, alike);
            let choose = {
                let (arrangement, alike, set) = (arrangement.clone(), alike.clone(), question.set);
                move |join: bool| {
                    let mut next = arrangement.clone();
                    set(&mut next, &alike, join);
                    state.arrange_import(next);
                }
            };
            let apart = choose.clone();
            let group = format!("zelfde-{}-{}", question.kind, alike.theirs);
            view! {
                <fieldset class="conflict-card">
                    <legend>
                        {format!("{} ‘{}’ in het bestand lijkt ‘{}’ hier.", question.what, alike.theirs_label, alike.ours_label)}
                    </legend>
                    <label class="check-item">
                        <input type="radio" name=group.clone() prop:checked=joined on:change=move |_| choose(true)/>
                        <span>{question.join}</span>
                    </label>
                    <label class="check-item">
                        <input type="radio" name=group prop:checked=!joined on:change=move |_| apart(false)/>
                        <span>{question.apart}</span>
                    </label>
                </fieldset>
            }
        })
        .collect_view();
    let steps = (pending.library_steps > 0).then(|| {
        let taken = arrangement.library_steps;
        let toggle = {
            let arrangement = arrangement.clone();
            move |ev: leptos::ev::Event| {
                let mut next = arrangement.clone();
                next.library_steps = event_target_checked(&ev);
                state.arrange_import(next);
            }
        };
        let why = match pending.from_colleague {
            true => "Dit bestand is van een collega. De stappen van de bibliotheek horen bij uw eigen gegevens: die van de collega gaan er niet overheen, tenzij u ze overneemt.",
            false => "Dit bestand komt van uzelf (een ander apparaat): de stappen van de bibliotheek worden vergeleken zoals de rest.",
        };
        view! {
            <div class="conflict-card">
                <p class="hint">{why}</p>
                <label class="check-item">
                    <input type="checkbox" prop:checked=taken on:change=toggle/>
                    <span>{format!(
                        "Stappen van de bibliotheek uit dit bestand overnemen ({} {})",
                        pending.library_steps,
                        if pending.library_steps == 1 { "verschil" } else { "verschillen" }
                    )}</span>
                </label>
            </div>
        }
    });
    Some(view! {
        <section class="import-arrangement" aria-label="Eerst kiezen">
            <h4>"Eerst kiezen"</h4>
            {alikes}
            {steps}
        </section>
    })
}

//! The decisions a colleague's file asks for before its records are compared: schools in
//! it that look like one here (*zelfde instelling?*), and whether its library steps are
//! taken over.

use leptos::prelude::*;

use crate::state::{PendingImport, use_app_state};

/// The file's look-alike schools and library steps, each with the user's choice; `None`
/// when the file asks for neither.
pub fn arrangement_choices(pending: &PendingImport) -> Option<impl IntoView + use<>> {
    if pending.look_alikes.is_empty() && pending.library_steps == 0 {
        return None;
    }
    let state = use_app_state();
    let arrangement = pending.arrangement.clone();
    let alikes = pending
        .look_alikes
        .iter()
        .map(|alike| {
            let joined = arrangement.join.contains(&alike.theirs);
            let choose = {
                let arrangement = arrangement.clone();
                let theirs = alike.theirs.clone();
                move |join: bool| {
                    let mut next = arrangement.clone();
                    match join {
                        true => next.join.insert(theirs.clone()),
                        false => next.join.remove(&theirs),
                    };
                    state.arrange_import(next);
                }
            };
            let apart = choose.clone();
            let group = format!("zelfde-{}", alike.theirs);
            view! {
                <fieldset class="conflict-card">
                    <legend>
                        {format!("Zelfde instelling? ‘{}’ in het bestand lijkt ‘{}’ hier.", alike.theirs_label, alike.ours_label)}
                    </legend>
                    <label class="check-item">
                        <input type="radio" name=group.clone() prop:checked=joined on:change=move |_| choose(true)/>
                        <span>"Samenvoegen: één instelling, met alles wat er bij beide is vastgelegd"</span>
                    </label>
                    <label class="check-item">
                        <input type="radio" name=group prop:checked=!joined on:change=move |_| apart(false)/>
                        <span>"Apart houden: twee instellingen"</span>
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

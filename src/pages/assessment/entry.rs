//! One form of work or project of Bijlage 8, with every column of its table row.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::assessment_starter;
use crate::components::GuideText;
use crate::components::use_query_value;
use crate::content::{CatalogueEntry, catalogue_entry};
use crate::model::{characteristic, condition_for, parent_group};
use crate::pages::NotFoundPage;
use crate::routes::Section;

/// The catalogue entry named by `?id=`.
#[component]
pub fn CatalogueEntryPage() -> impl IntoView {
    let id = use_query_value("id");
    move || match id.get().as_deref().and_then(catalogue_entry) {
        Some(entry) => Either::Left(view! { <EntryView entry/> }),
        None => Either::Right(view! { <NotFoundPage/> }),
    }
}

#[component]
fn EntryView(entry: &'static CatalogueEntry) -> impl IntoView {
    let start_from = assessment_starter();
    let start = move |_| start_from(Some(entry));
    view! {
        <Title text=entry.name/>
        <article class="page catalogue-entry">
            <p class="eyebrow">
                <a href=Section::Assessment.path()>"Projectbeoordeling"</a>
                " · " {entry.kind.label()}
            </p>
            <h1>{entry.name}</h1>
            <dl class="entry-columns">
                <dt>"Doelgroep"</dt>
                <dd>{entry.target_group}</dd>
                <dt>"Doel"</dt>
                <dd><GuideText text=entry.goal/></dd>
                <dt>"Omschrijving"</dt>
                <dd><GuideText text=entry.description/></dd>
                <dt>"Wijze van overdracht"</dt>
                <dd><GuideText text=entry.transfer/></dd>
                <dt>"Uitgevoerd door"</dt>
                <dd class="pre-line">{entry.carried_out_by}</dd>
                <dt>"Kansrijk voor oudergroep"</dt>
                <dd>
                    <ul>
                        {entry
                            .parent_groups
                            .iter()
                            .filter_map(|n| parent_group(*n))
                            .map(|g| {
                                let condition = condition_for(entry, g.number).map(|c| format!(": {c}"));
                                view! { <li>{g.number} ". " {g.name} {condition}</li> }
                            })
                            .collect_view()}
                    </ul>
                </dd>
                <dt>"Kenmerken"</dt>
                <dd>
                    <ul>
                        {entry
                            .characteristics
                            .iter()
                            .map(|mark| {
                                let text = characteristic(mark.marker).map_or("", |c| c.text);
                                let remark = if mark.remark.is_empty() { text } else { mark.remark };
                                view! { <li><span class="marker">{mark.marker} ". "</span>{remark}</li> }
                            })
                            .collect_view()}
                    </ul>
                    {entry.characteristics.is_empty().then_some("De gids noemt hier geen kenmerken.")}
                </dd>
                {(!entry.notes.is_empty())
                    .then(|| view! { <dt>"NB"</dt><dd><GuideText text=entry.notes/></dd> })}
            </dl>
            <button type="button" class="button" on:click=start>"Dit project beoordelen"</button>
        </article>
    }
}

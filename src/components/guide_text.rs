use leptos::either::Either;
use leptos::prelude::*;

use crate::content::references::{Segment, segments};
use crate::content::{Block, Text};
use crate::routes::bijlage_path;

/// Renders guide text: paragraphs, bulleted lists and question lists, with every
/// "zie bijlage N" linked to that bijlage.
#[component]
pub fn GuideText(text: Text) -> impl IntoView {
    text.iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{linked(p)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|item| view! { <li>{linked(item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Questions(list) => view! {
                <ul class="question-list" id=list.id>
                    {list.questions.iter().map(|q| view! { <li id=q.id>{q.text}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
        .collect_view()
}

/// Text with its references to bijlagen as links.
pub fn linked(text: &'static str) -> impl IntoView {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => Either::Left(t),
            Segment::Bijlage { words, number } => {
                Either::Right(view! { <a href=bijlage_path(number)>{words}</a> })
            }
        })
        .collect_view()
}

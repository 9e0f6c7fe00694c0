//! Ouderpartnerschap: the guide *Ouderpartnerschap en lezen* as a working tool for library
//! consultants, running entirely in the browser.
//!
//! `content`, `model`, `routes` and the pure part of `storage` have no browser dependency
//! and are tested natively; `state`, `pages` and `components` are the Leptos front end.

pub mod app;
pub mod components;
pub mod content;
pub mod model;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;

pub use app::App;

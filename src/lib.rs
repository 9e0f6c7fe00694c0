//! Ouderpartnerschap: the guide *Ouderpartnerschap en lezen* as a working tool for library
//! consultants, running entirely in the browser.
//!
//! `content`, `model`, `routes` and the pure part of `storage` have no browser dependency
//! and are tested natively; `browser` holds the browser services that are not storage
//! (download, share, installation, chosen files); `state`, `pages` and `components` are the
//! Leptos front end, and pages and components reach storage only through `state`.

#![warn(clippy::let_underscore_must_use)]

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod model;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;

pub use app::App;

//! The endpoints, one file per resource.

pub mod extract;
pub mod health;

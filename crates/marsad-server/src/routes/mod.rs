//! The endpoints, one file per resource.

pub mod articles;
pub mod events;
pub mod extract;
pub mod health;
pub mod review;

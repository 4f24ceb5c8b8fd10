//! What can go wrong in a store.

/// A store error. Backends put their own errors in [`StoreError::Backend`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database said no (SQLite or another backend).
    #[error("store: {0}")]
    Backend(Box<dyn std::error::Error + Send + Sync>),
    /// A stored record could not be read back.
    #[error("store: a stored record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The file was written by a newer marsad.
    #[error("store: schema version {found} is newer than this marsad understands ({supported}); upgrade marsad")]
    SchemaTooNew {
        /// Version in the file.
        found: u32,
        /// Newest version this build knows.
        supported: u32,
    },
    /// Could not create the folder or open the file.
    #[error("store: {0}")]
    Io(#[from] std::io::Error),
    /// A request that cannot be served (bad filter values, too many events for one article).
    #[error("store: {0}")]
    Invalid(String),
    /// No such record or article.
    #[error("store: {0}")]
    NotFound(String),
    /// A review made on another version of the record than the one stored.
    #[error("store: the record is at version {current}, the review was made on version {base}")]
    Conflict {
        /// The version stored.
        current: u64,
        /// The version the review names.
        base: u64,
    },
    /// A review of a fused event that names other reports, or other versions of them, than
    /// the event now has.
    #[error("store: {0}")]
    ReportsChanged(String),
    /// A reviewer's field that cannot be taken.
    #[error("store: {0}")]
    BadField(crate::review::FieldError),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Backend(Box::new(e))
    }
}

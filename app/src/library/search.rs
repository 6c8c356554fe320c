//! Full-text search of the public library: one tantivy index in memory,
//! built from the database at start and kept current by `sync`, so that
//! SQLite and PostgreSQL installations rank and filter alike. The database
//! stays the only record; the index can always be rebuilt from it.
//!
//! Several instances behind one PostgreSQL each keep their own index: every
//! instance syncs after its own changes and the worker syncs regularly to
//! pick up the others'.

use super::{
    entity::{practice, revision},
    rules,
};
use crate::platform::error::ServiceError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{prelude::*, Condition, QueryOrder, QuerySelect};
use std::{
    collections::{BTreeMap, BTreeSet},
    sync::{Arc, RwLock},
};
use tantivy::{
    collector::{Count, TopDocs},
    query::{BooleanQuery, Occur, Query, QueryParser, TermQuery},
    schema::{
        DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing,
        TextOptions, Value, FAST, STORED, STRING,
    },
    tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer},
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term,
};

/// Words are split, lower-cased and stripped of accents, so "reseau" finds
/// "réseau". No stemming: practices come in many languages.
const TOKENIZER: &str = "folded";
/// Changes committed shortly before the last sync may become visible after
/// it (a slow transaction); each sync looks back this far.
const SYNC_OVERLAP_SECONDS: i64 = 120;
const WRITER_MEMORY: usize = 15_000_000;
/// Practices read from the database at a time while syncing.
const SYNC_BATCH: u64 = 1000;
/// How deep a search pages at most: the index reserves room for every
/// entry before the requested page, so a page number from the address bar
/// must not ask for millions.
const MAX_OFFSET: usize = 10_000;

/// What the index holds of a public practice (its published revision).
#[derive(Clone, Debug)]
pub struct IndexedPractice {
    pub id: Uuid,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub organisation: String,
    pub country: String,
    pub themes: Vec<String>,
    pub event_id: Option<i32>,
    pub published_at: DateTime<Utc>,
}

/// A search: text (may be empty), filters, order and page.
#[derive(Clone, Debug, Default)]
pub struct Search<'a> {
    pub text: &'a str,
    pub theme: Option<&'a str>,
    pub country: Option<&'a str>,
    pub event_id: Option<i32>,
    pub newest_first: bool,
    pub offset: usize,
    pub limit: usize,
}

/// The ids of one page of matches, best first, and how many match in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hits {
    pub total: u64,
    pub ids: Vec<Uuid>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    summary: Field,
    description: Field,
    organisation: Field,
    country: Field,
    theme: Field,
    event: Field,
    published_at: Field,
}

struct Writing {
    writer: IndexWriter,
    /// Latest `updated_at` seen by a sync.
    watermark: Option<DateTime<Utc>>,
}

struct Inner {
    index: Index,
    fields: Fields,
    reader: IndexReader,
    writing: tokio::sync::Mutex<Writing>,
    /// Country of each public practice, for the country filter's choices.
    countries: RwLock<BTreeMap<Uuid, String>>,
}

/// The search index of the public library; cheap to clone.
#[derive(Clone)]
pub struct LibraryIndex {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for LibraryIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryIndex").finish_non_exhaustive()
    }
}

fn index_error(error: tantivy::TantivyError) -> ServiceError {
    ServiceError::Internal(format!("library index: {error}"))
}

impl LibraryIndex {
    /// An empty index; `sync` fills it from the database.
    pub fn new() -> Result<Self, ServiceError> {
        let mut builder = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            id: builder.add_text_field("id", STRING | STORED),
            title: builder.add_text_field("title", text.clone()),
            summary: builder.add_text_field("summary", text.clone()),
            description: builder.add_text_field("description", text.clone()),
            organisation: builder.add_text_field("organisation", text),
            country: builder.add_text_field("country", STRING),
            theme: builder.add_text_field("theme", STRING),
            event: builder.add_text_field("event", STRING),
            published_at: builder.add_date_field(
                "published_at",
                DateOptions::from(FAST).set_precision(DateTimePrecision::Microseconds),
            ),
        };
        let index = Index::create_in_ram(builder.build());
        index.tokenizers().register(
            TOKENIZER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(index_error)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_error)?;
        Ok(LibraryIndex {
            inner: Arc::new(Inner {
                index,
                fields,
                reader,
                writing: tokio::sync::Mutex::new(Writing {
                    writer,
                    watermark: None,
                }),
                countries: RwLock::new(BTreeMap::new()),
            }),
        })
    }

    /// Brings the index up to date with every practice changed since the
    /// last sync (all of them the first time).
    pub async fn sync(&self, db: &impl ConnectionTrait) -> Result<(), ServiceError> {
        let mut writing = self.inner.writing.lock().await;
        let since = writing
            .watermark
            .map(|watermark| watermark - Duration::seconds(SYNC_OVERLAP_SECONDS));
        // Pages by the last (updated_at, id) seen, so rows changing while
        // a sync reads do not shift the pages under it.
        let mut after: Option<(DateTime<Utc>, Uuid)> = None;
        let mut changed = false;
        loop {
            let mut query = practice::Entity::find()
                .order_by_asc(practice::Column::UpdatedAt)
                .order_by_asc(practice::Column::Id)
                .limit(SYNC_BATCH);
            if let Some(since) = since {
                query = query.filter(practice::Column::UpdatedAt.gte(since));
            }
            if let Some((updated_at, id)) = after {
                query = query.filter(
                    Condition::any()
                        .add(practice::Column::UpdatedAt.gt(updated_at))
                        .add(
                            Condition::all()
                                .add(practice::Column::UpdatedAt.eq(updated_at))
                                .add(practice::Column::Id.gt(id)),
                        ),
                );
            }
            let practices = query.all(db).await?;
            let Some(last) = practices.last() else {
                break;
            };
            after = Some((last.updated_at, last.id));
            let public: Vec<Uuid> = practices
                .iter()
                .filter(|p| rules::is_public(p.review, p.published_revision_id.is_some()))
                .filter_map(|p| p.published_revision_id)
                .collect();
            let revisions: BTreeMap<Uuid, revision::Model> = revision::Entity::find()
                .filter(revision::Column::Id.is_in(public))
                .all(db)
                .await?
                .into_iter()
                .map(|r| (r.practice_id, r))
                .collect();
            for practice in &practices {
                let entry = revisions
                    .get(&practice.id)
                    .zip(practice.published_at)
                    .map(|(revision, published_at)| indexed(revision, published_at));
                self.put(&mut writing.writer, practice.id, entry)?;
                writing.watermark = writing.watermark.max(Some(practice.updated_at));
                changed = true;
            }
        }
        if changed {
            self.commit(&mut writing.writer)?;
        }
        Ok(())
    }

    /// `sync`, where a failure is logged rather than answered: the change
    /// that asked for it is stored, and the worker's next round catches up.
    pub async fn refresh(&self, db: &impl ConnectionTrait) {
        if let Err(error) = self.sync(db).await {
            tracing::error!(%error, "library search update failed");
        }
    }

    /// Replaces what the index holds of practice `id` (`None` removes it).
    /// Visible after `commit`.
    fn put(
        &self,
        writer: &mut IndexWriter,
        id: Uuid,
        entry: Option<IndexedPractice>,
    ) -> Result<(), ServiceError> {
        let fields = self.inner.fields;
        writer.delete_term(Term::from_field_text(fields.id, &id.to_string()));
        let mut countries = self
            .inner
            .countries
            .write()
            .map_err(|_| ServiceError::Internal("library index poisoned".into()))?;
        let Some(entry) = entry else {
            countries.remove(&id);
            return Ok(());
        };
        countries.insert(id, entry.country.clone());
        let mut document = TantivyDocument::default();
        document.add_text(fields.id, id.to_string());
        document.add_text(fields.title, &entry.title);
        document.add_text(fields.summary, &entry.summary);
        document.add_text(fields.description, &entry.description);
        document.add_text(fields.organisation, &entry.organisation);
        document.add_text(fields.country, &entry.country);
        for theme in &entry.themes {
            document.add_text(fields.theme, theme);
        }
        if let Some(event_id) = entry.event_id {
            document.add_text(fields.event, event_id.to_string());
        }
        document.add_date(
            fields.published_at,
            tantivy::DateTime::from_timestamp_micros(entry.published_at.timestamp_micros()),
        );
        writer.add_document(document).map_err(index_error)?;
        Ok(())
    }

    fn commit(&self, writer: &mut IndexWriter) -> Result<(), ServiceError> {
        writer.commit().map_err(index_error)?;
        self.inner.reader.reload().map_err(index_error)
    }

    /// Adds many practices at once, for benchmarks and tests of scale.
    pub async fn add_all(
        &self,
        entries: impl IntoIterator<Item = IndexedPractice>,
    ) -> Result<(), ServiceError> {
        let mut writing = self.inner.writing.lock().await;
        for entry in entries {
            self.put(&mut writing.writer, entry.id, Some(entry))?;
        }
        self.commit(&mut writing.writer)
    }

    /// One page of public practices matching `search`.
    pub fn search(&self, search: &Search) -> Result<Hits, ServiceError> {
        let fields = self.inner.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text = search.text.trim();
        if !text.is_empty() {
            let mut parser = QueryParser::for_index(
                &self.inner.index,
                vec![
                    fields.title,
                    fields.summary,
                    fields.description,
                    fields.organisation,
                ],
            );
            parser.set_conjunction_by_default();
            parser.set_field_boost(fields.title, 3.0);
            parser.set_field_boost(fields.summary, 1.5);
            let (query, _ignored) = parser.parse_query_lenient(text);
            clauses.push((Occur::Must, query));
        }
        let exact = |field: Field, value: &str| (Occur::Must, term_query(field, value));
        if let Some(theme) = search.theme {
            clauses.push(exact(fields.theme, theme));
        }
        if let Some(country) = search.country {
            clauses.push(exact(fields.country, country));
        }
        if let Some(event_id) = search.event_id {
            clauses.push(exact(fields.event, &event_id.to_string()));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(tantivy::query::AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        let searcher = self.inner.reader.searcher();
        let top =
            TopDocs::with_limit(search.limit.max(1)).and_offset(search.offset.min(MAX_OFFSET));
        let (total, addresses): (usize, Vec<DocAddress>) = if search.newest_first || text.is_empty()
        {
            let (hits, total) = searcher
                .search(
                    &query,
                    &(
                        top.order_by_fast_field::<tantivy::DateTime>("published_at", Order::Desc),
                        Count,
                    ),
                )
                .map_err(index_error)?;
            (total, hits.into_iter().map(|(_, a)| a).collect())
        } else {
            let (hits, total) = searcher
                .search(&query, &(top.order_by_score(), Count))
                .map_err(index_error)?;
            (total, hits.into_iter().map(|(_, a)| a).collect())
        };
        let ids = addresses
            .into_iter()
            .map(|address| self.id_of(&searcher, address))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Hits {
            total: total as u64,
            ids,
        })
    }

    /// Public practices most like one with `themes` in `country`: sharing
    /// themes counts most, the same country a little.
    pub fn related(
        &self,
        id: Uuid,
        themes: &[String],
        country: &str,
        limit: usize,
    ) -> Result<Vec<Uuid>, ServiceError> {
        let fields = self.inner.fields;
        let mut likeness: Vec<(Occur, Box<dyn Query>)> = themes
            .iter()
            .map(|theme| {
                let boosted: Box<dyn Query> = Box::new(tantivy::query::BoostQuery::new(
                    term_query(fields.theme, theme),
                    2.0,
                ));
                (Occur::Should, boosted)
            })
            .collect();
        likeness.push((Occur::Should, term_query(fields.country, country)));
        let query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(BooleanQuery::new(likeness))),
            (Occur::MustNot, term_query(fields.id, &id.to_string())),
        ]);
        let searcher = self.inner.reader.searcher();
        let hits = searcher
            .search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())
            .map_err(index_error)?;
        hits.into_iter()
            .map(|(_, address)| self.id_of(&searcher, address))
            .collect()
    }

    /// The countries of public practices, for the country filter.
    pub fn countries(&self) -> Vec<String> {
        self.inner
            .countries
            .read()
            .map(|countries| {
                countries
                    .values()
                    .cloned()
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default()
    }

    fn id_of(
        &self,
        searcher: &tantivy::Searcher,
        address: DocAddress,
    ) -> Result<Uuid, ServiceError> {
        let document: TantivyDocument = searcher.doc(address).map_err(index_error)?;
        document
            .get_first(self.inner.fields.id)
            .and_then(|value| value.as_str())
            .and_then(|id| Uuid::parse_str(id).ok())
            .ok_or_else(|| ServiceError::Internal("library index entry without id".into()))
    }
}

/// Matches documents whose `field` holds exactly `value`.
fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

fn indexed(revision: &revision::Model, published_at: DateTime<Utc>) -> IndexedPractice {
    IndexedPractice {
        id: revision.practice_id,
        title: revision.title.clone(),
        summary: revision.summary.clone(),
        description: revision.description.clone(),
        organisation: revision.organisation.clone(),
        country: revision.country.clone(),
        themes: revision.themes.0.clone(),
        event_id: revision.event_id,
        published_at,
    }
}

/// How many practices the library shows per page.
pub const PER_PAGE: usize = 20;

//! What a profile reads of a page. The field steps run the profile and hand it the page
//! through [`Page`], with the readers a profile shares with them, so that the profile
//! module does not depend on the field steps.

use std::rc::Rc;

use serde_json::Value;

use crate::article::{Article, Author};
use crate::dom::{Document, NodeId};
use crate::signals::Signals;

/// A page as a profile's rules read it.
pub(crate) trait Page {
    /// The page's tree.
    fn doc(&self) -> &Document;
    /// The page's metadata.
    fn signals(&self) -> &Signals;
    /// The JSON state the page embeds under a name, parsed once per page.
    fn state(&self, name: &str) -> Option<Rc<Value>>;
    /// The page's URL, when known.
    fn url(&self) -> Option<&str>;
    /// The authors a byline names, cleaned as the generic byline step cleans them.
    fn authors_from_byline(&self, byline: &str, article: &Article) -> Vec<Author>;
    /// The text of a heading without a kicker set in it, as the headline step reads it.
    fn heading_text(&self, heading: NodeId) -> String;
    /// A tag without the marks a page dresses it in, as the tags step cleans it.
    fn bare_tag(&self, tag: &str) -> String;
    /// Whether what the page declares (its JSON-LD and meta tags) contradicts the value a
    /// profile set for a field; `node` is the element the value came from.
    fn contradicts(&self, field: crate::Field, article: &Article, node: Option<NodeId>) -> bool;
}

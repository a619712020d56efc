//! language

use super::Context;
use crate::article::Article;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    let _ = (ctx, article);
}

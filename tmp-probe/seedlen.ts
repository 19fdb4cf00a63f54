import { articleText, detectArticle } from '../src/core/article/detect';
import { seedDocument } from '../tests/unit/helpers';
const a = detectArticle(seedDocument());
console.log(articleText(a).text.length, a.method, a.reason);

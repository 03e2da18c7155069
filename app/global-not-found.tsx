import MultilingualNotFound from './_components/not-found/MultilingualNotFound';

// out/404.html: the answer to a path outside every language (/wp-login.php),
// in every language. Unknown paths in a language have their own 404 documents
// (app/[locale]/[...notFound]/).
export default function GlobalNotFound() {
  return <MultilingualNotFound />;
}

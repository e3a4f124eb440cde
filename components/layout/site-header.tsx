import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { listCategories } from "@/lib/articles/list-categories";
import { getCurrentUser } from "@/lib/session";

/**
 * With the database down the header still renders, without categories, and says the
 * account cannot be checked: a signed-in reader must not be shown as signed out.
 */
async function headerData() {
  const [user, categories] = await Promise.allSettled([getCurrentUser(), listCategories()]);
  return {
    user: user.status === "fulfilled" ? user.value : undefined,
    categories: categories.status === "fulfilled" ? categories.value : [],
  };
}

export async function SiteHeader() {
  const { user, categories } = await headerData();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          REEx Discussions
        </Link>
        <nav aria-label="Categories">
          <ul className="nav-list">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/category/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          {user === undefined ? (
            <span>Account status unavailable</span>
          ) : user ? (
            <>
              <span>
                Signed in as <strong>{user.name}</strong>
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup">Sign up</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

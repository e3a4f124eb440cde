import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { listCategories } from "@/lib/articles/list-categories";
import { getCurrentUser } from "@/lib/session";

export async function SiteHeader() {
  const [user, categories] = await Promise.all([getCurrentUser(), listCategories()]);
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
          {user ? (
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

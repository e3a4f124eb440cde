import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

// next-auth's own endpoints (session, csrf, its sign-out); sign-in and sign-up are our
// server actions, since the Credentials provider cannot issue database sessions.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };

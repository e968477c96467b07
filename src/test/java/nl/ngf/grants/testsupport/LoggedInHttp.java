package nl.ngf.grants.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A user logged in over HTTP, without a browser, for benchmarks that time a whole page as the server renders and
 * sends it, and for tests of what the API answers a script: the login form is filled in and posted as a browser would,
 * and the session is kept in cookies.
 */
public final class LoggedInHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's nonce, which each form carries as the server sends it (before any script runs). */
    private static final Pattern NONCE = Pattern.compile("<input type=\"hidden\" name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI base;

    private LoggedInHttp(URI base) {
        this.base = base;
    }

    /** Someone who has not logged in to the application this code runs in (a script that skipped the login, say). */
    public static LoggedInHttp nobody() {
        return new LoggedInHttp(URI.create(ConfigProvider.getConfig().getValue("ngf.public-url", String.class) + "/"));
    }

    /** Logs in to the application this code runs in (its public address from the configuration). */
    public static LoggedInHttp as(String username, String password) throws IOException, InterruptedException {
        LoggedInHttp user = nobody();
        if (user.logIn(username, password, null).uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException(username + " could not log in");
        }
        return user;
    }

    /**
     * A login tried by someone at this address, as a proxy in front of the server forwards it (X-Forwarded-For): the page
     * the login form leads to, the inbox after a login, the login page again with what was wrong.
     */
    public static HttpResponse<String> tryLogin(String username, String password, String forwardedFor) throws IOException, InterruptedException {
        return nobody().logIn(username, password, forwardedFor);
    }

    /**
     * Logins tried by someone at this address all at the same moment, each from a session of its own (a script that
     * sends its guesses in parallel): each login page is read first, then every form is sent at once. The pages the
     * forms lead to, in the order of the passwords.
     */
    public static java.util.List<HttpResponse<String>> tryLoginsAtOnce(String username, java.util.List<String> passwords, String forwardedFor)
            throws IOException, InterruptedException {
        java.util.List<LoggedInHttp> guessers = new java.util.ArrayList<>();
        java.util.List<HttpRequest> forms = new java.util.ArrayList<>();
        for (String password : passwords) {
            LoggedInHttp guesser = nobody();
            guessers.add(guesser);
            forms.add(guesser.loginForm(username, password, forwardedFor));
        }
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            sent.add(guessers.get(i).http.sendAsync(forms.get(i), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    private HttpResponse<String> logIn(String username, String password, String forwardedFor) throws IOException, InterruptedException {
        return http.send(loginForm(username, password, forwardedFor), HttpResponse.BodyHandlers.ofString());
    }

    /** The login form of a login page just read, filled in, ready to be sent. */
    private HttpRequest loginForm(String username, String password, String forwardedFor) throws IOException, InterruptedException {
        FormTokens tokens = formTokens("login.xhtml");
        HttpRequest.Builder login = HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formData(Map.of("login_SUBMIT", "1", "login:next", "", "login:username", username,
                        "login:password", password, "login:submit", "", "jakarta.faces.ViewState", tokens.viewState(),
                        "primefaces.nonce", tokens.nonce()))));
        if (forwardedFor != null) {
            login.header("X-Forwarded-For", forwardedFor);
        }
        return login.build();
    }

    /** The page at this address (relative to the application), read to its last byte. */
    public HttpResponse<String> get(String address) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(address)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(address + " answered " + page.statusCode());
        }
        return page;
    }

    /** What the API answers at this address (relative to the application), whatever its status, as a script asking for JSON reads it. */
    public HttpResponse<String> api(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(address)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What the API answers this method at this address, asking for an answer of this type, as a script sends it. */
    public HttpResponse<String> api(String method, String address, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(address)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer read off the wire: its status line's code, its header lines, its body. */
    public record RawAnswer(int status, java.util.List<String> headers, String body) {
        public java.util.Optional<String> header(String name) {
            return headers.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst();
        }
    }

    /**
     * A GET of this request target sent as it is written, with the session's cookies: an address no URI may hold (a
     * broken escape, {@code ?id=%ZZ}), as a hand at the address bar or a script that builds addresses carelessly sends it.
     */
    public RawAnswer raw(String target, String accept) throws IOException {
        return raw("GET " + base.getPath() + target, accept, "");
    }

    /**
     * A form posted to this page as it is written (a field with a broken escape, {@code 50%} where {@code 50%25} belongs),
     * with the page's view state and nonce as the page at that address gave them: a form a careless script filled in.
     */
    public RawAnswer rawPost(String address, Map<String, String> fields, String unescapedField, String unescapedValue)
            throws IOException, InterruptedException {
        FormTokens tokens = formTokens(address);
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", tokens.viewState());
        all.put("primefaces.nonce", tokens.nonce());
        String body = formData(all) + "&" + URLEncoder.encode(unescapedField, StandardCharsets.UTF_8) + "=" + unescapedValue;
        return raw("POST " + base.getPath() + address, "text/html",
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                        + "\r\n\r\n" + body);
    }

    /** What a form of the page at this address must send back: its view state and the page's nonce. */
    private record FormTokens(String viewState, String nonce) {
    }

    private FormTokens formTokens(String address) throws IOException, InterruptedException {
        String form = get(address).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        Matcher nonce = NONCE.matcher(form);
        if (!viewState.find() || !nonce.find()) {
            throw new IllegalStateException(address + " has no form");
        }
        return new FormTokens(viewState.group(1), nonce.group(1));
    }

    private RawAnswer raw(String requestLine, String accept, String rest) throws IOException {
        String cookie = cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            // HTTP/1.0: the whole answer, then the connection closes (no chunks to put together).
            String request = requestLine + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAccept: "
                    + accept + (cookie.isEmpty() ? "" : "\r\nCookie: " + cookie) + "\r\n" + (rest.isEmpty() ? "\r\n" : rest);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            java.util.List<String> head = java.util.List.of(answer.substring(0, end).split("\r\n"));
            return new RawAnswer(Integer.parseInt(head.get(0).split(" ")[1]), head.subList(1, head.size()), answer.substring(end + 4));
        }
    }

    /**
     * Forgets the session, as the server does after half an hour without a request or at a restart, and keeps the
     * sign-on (LtpaToken2), which lasts longer.
     */
    public void forgetSession() {
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).toList()
                .forEach(cookie -> cookies.getCookieStore().getURIs().forEach(uri -> cookies.getCookieStore().remove(uri, cookie)));
    }

    /**
     * What pressing a button that downloads (an export) on the page at this address sends back, read to its last byte:
     * the page is read for its form's tokens, then the form is posted with that button, as a browser does.
     */
    public HttpResponse<byte[]> download(String address, String form, String button) throws IOException, InterruptedException {
        return open(address).download(form, button);
    }

    /** The page at this address as a browser has it open: its form can be sent later, after whatever happens meanwhile. */
    public OpenPage open(String address) throws IOException, InterruptedException {
        return new OpenPage(address, formTokens(address));
    }

    /** A page open in this user's browser. */
    public final class OpenPage {
        private final String address;
        private final FormTokens tokens;

        private OpenPage(String address, FormTokens tokens) {
            this.address = address;
            this.tokens = tokens;
        }

        /**
         * Presses a button of the page's form, sending these fields as typed (a browser sends every field): the page the
         * form leads to, read to its last byte.
         */
        public HttpResponse<String> post(String form, String button, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.putAll(Map.of(form + "_SUBMIT", "1", button, "", "jakarta.faces.ViewState", tokens.viewState(),
                    "primefaces.nonce", tokens.nonce()));
            return http.send(HttpRequest.newBuilder(base.resolve(address))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formData(all)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Presses a button of the page's form that downloads a file; the answer must come within 30 seconds. */
        public HttpResponse<byte[]> download(String form, String button) throws IOException, InterruptedException {
            return download(form, button, Map.of());
        }

        /**
         * Presses a button of the page's form that downloads a file, sending these fields as the form shows them (a
         * browser sends every field; a menu's choice as {@code its id_input}); the answer must come within 30 seconds.
         */
        public HttpResponse<byte[]> download(String form, String button, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.putAll(Map.of(form + "_SUBMIT", "1", button, "", "jakarta.faces.ViewState", tokens.viewState(),
                    "primefaces.nonce", tokens.nonce()));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(base.resolve(address))
                    .timeout(java.time.Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formData(all)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200 || answer.headers().firstValue("Content-Disposition").isEmpty()) {
                throw new IllegalStateException(address + " sent no download for " + button + ": " + answer.statusCode());
            }
            return answer;
        }
    }

    /** A page as the server rendered and sent it, at its best of several reads. */
    public record Timed(String html, int bytes, long bestNanos) {
        /** How many table rows the page shows (PrimeFaces numbers each). */
        public int rows() {
            return html.split("<tr data-ri=", -1).length - 1;
        }
    }

    /** Reads the page this many times; the fastest read counts. */
    public Timed time(String address, int attempts) throws IOException, InterruptedException {
        long best = Long.MAX_VALUE;
        String html = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            long start = System.nanoTime();
            html = get(address).body();
            best = Math.min(best, System.nanoTime() - start);
        }
        return new Timed(html, html.getBytes(StandardCharsets.UTF_8).length, best);
    }

    private static String formData(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import fr.cci.hotline.support.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an {@code /api/**} body larger than {@code hotline.accounts.max-request-body} with a 413
 * problem in French, before anything reads it. Tomcat's own limit only covers HTML forms, so this
 * filter is the limit for JSON: a body that declares its length is refused on that length; a
 * chunked body is read up to one byte past the limit and handed on from memory if it fits. It runs
 * after Spring Security, so that nobody unauthenticated makes the service read a megabyte.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

  private final long limit;
  private final String readable;
  private final ApiProblems problems;

  RequestBodyLimit(AccountsSettings settings, ApiProblems problems) {
    this.limit = settings.maxRequestBody().toBytes();
    this.readable =
        limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " Mo" : limit / 1024 + " Ko";
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(response);
      return;
    }
    if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      byte[] body = request.getInputStream().readNBytes((int) limit + 1);
      if (body.length > limit) {
        refuse(response);
        return;
      }
      chain.doFilter(new BodyInMemory(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        problems.problem(
            HttpStatus.CONTENT_TOO_LARGE, problems.text("api.problem.too-large", readable));
    // The rest of the body is not read: the connection cannot carry another request after it.
    response.setHeader(HttpHeaders.CONNECTION, "close");
    problems.write(response, problem);
  }

  /** A chunked body already read, within the limit. */
  private static final class BodyInMemory extends HttpServletRequestWrapper {

    private final byte[] body;

    BodyInMemory(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

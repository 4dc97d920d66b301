// The nginx configuration used by the replica test; docs/deployment.md ("Several instances behind nginx") shows it.

/** Renders nginx.conf for a prefix directory, a loopback listen port and the instances' ports. */
export function renderNginxConfig({ prefix, listenPort, upstreamPorts }) {
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n');
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }

http {
  log_format upstreams '$msec $request_method $uri $status upstream=$upstream_addr upstream_status=$upstream_status rt=$request_time';
  access_log ${prefix}/logs/access.log upstreams;
  client_body_temp_path ${prefix}/temp/client_body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;

  upstream waymark {
${servers}
    keepalive 32;
    # Below the instances' keep-alive timeout (HTTP_KEEP_ALIVE_SECONDS, 75 s): otherwise nginx can reuse a
    # connection an instance is closing (a 502).
    keepalive_timeout 60s;
  }

  server {
    listen 127.0.0.1:${listenPort};
    client_max_body_size 16m;  # plan imports arrive base64-encoded in GraphQL (up to 10 MB files)

    location / {
      proxy_pass http://waymark;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Try the next instance when one cannot be reached or times out. nginx never resends a POST (or PATCH)
      # that reached an instance (no "non_idempotent" here): a GraphQL mutation that may have committed is
      # answered 502 instead of being applied twice. A POST whose connection was refused is retried: it never ran.
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

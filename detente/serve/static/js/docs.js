// Swagger UI from the vendored bundle: the API docs work without any network beyond this server.
"use strict";
(function () {
  const root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapiUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // the default validator is a remote service
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();

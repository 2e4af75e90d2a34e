import "./styles.css";
import { Provider } from "@urql/preact";
import { render } from "preact";
import { App } from "./app/App";
import { client } from "./app/client";
import { interceptLinks } from "./app/router";
import { refreshViewer } from "./auth/session";

const root = document.getElementById("app")!;
interceptLinks(document.body);

void refreshViewer().finally(() => {
  render(<Provider value={client}><App /></Provider>, root);
});

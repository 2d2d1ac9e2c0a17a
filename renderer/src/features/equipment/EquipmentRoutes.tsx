import { Route, Switch } from 'wouter';
import { EquipmentForm } from './EquipmentForm';
import { EditEquipmentPage, EquipmentItemPage } from './EquipmentItemPage';
import { EquipmentListPage } from './EquipmentListPage';

/** `#/equipment…`: the register, a new item, an item with its tabs, an item's edit form. */
export function EquipmentRoutes() {
  return (
    <Switch>
      <Route path="/equipment">
        <EquipmentListPage />
      </Route>
      <Route path="/equipment/new">
        <EquipmentForm />
      </Route>
      <Route path="/equipment/:id/edit">{(params) => <EditEquipmentPage key={params.id} id={Number(params.id)} />}</Route>
      <Route path="/equipment/:id/:tab?">{(params) => <EquipmentItemPage key={params.id} id={Number(params.id)} tab={params.tab} />}</Route>
    </Switch>
  );
}
